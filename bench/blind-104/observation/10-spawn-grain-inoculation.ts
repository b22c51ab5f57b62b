// expect: none
// inoculateRun inspects every Promise.allSettled result, sending rejected jars to quarantine and throwing when the failure rate crosses the limit, so no rejected inoculation is silently counted as colonising.
export interface GrainJar {
  jarId: string;
  grain: 'rye' | 'millet' | 'sorghum';
  strain: string;
  sterilisedAt: number;
}

export interface FlowHood {
  inoculate(jar: GrainJar, culture: string): Promise<{ jarId: string; ccInjected: number }>;
}

export interface IncubatorShelf {
  place(jarId: string, tempC: number): Promise<void>;
}

export interface RunReport {
  colonising: string[];
  quarantined: { jarId: string; reason: string }[];
}

const MAX_FAILURE_RATE = 0.25;
const MAX_STERILE_AGE_MS = 48 * 3600_000;

export class InoculationRun {
  constructor(
    private readonly hood: FlowHood,
    private readonly shelf: IncubatorShelf,
    private readonly incubateC = 24,
  ) {}

  async inoculateRun(jars: GrainJar[], culture: string, now = Date.now()): Promise<RunReport> {
    const fresh = jars.filter((j) => now - j.sterilisedAt <= MAX_STERILE_AGE_MS);
    const results = await Promise.allSettled(fresh.map((jar) => this.hood.inoculate(jar, culture)));

    const report: RunReport = { colonising: [], quarantined: [] };
    results.forEach((result, i) => {
      const jar = fresh[i]!;
      if (result.status === 'fulfilled') {
        report.colonising.push(result.value.jarId);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        report.quarantined.push({ jarId: jar.jarId, reason });
      }
    });

    if (fresh.length > 0 && report.quarantined.length / fresh.length > MAX_FAILURE_RATE) {
      throw new Error(
        `run aborted: ${report.quarantined.length}/${fresh.length} jars failed (${report.quarantined[0]?.reason})`,
      );
    }

    for (const jarId of report.colonising) {
      await this.shelf.place(jarId, this.incubateC);
    }
    return report;
  }
}
