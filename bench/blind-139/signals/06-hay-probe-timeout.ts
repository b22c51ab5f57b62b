// expect: no-leaked-race
// The timeout promise raced against the probe read is never cleared, so every successful read leaves a live 30-second timer behind that keeps the process alive and fires long after the race is over.
export interface ProbeBus {
  read(probeId: string): Promise<{ moisturePct: number; tempC: number }>;
  reset(probeId: string): Promise<void>;
}

export interface BaleStatus {
  probeId: string;
  row: string;
  moisturePct: number | null;
  tempC: number | null;
  verdict: 'dry' | 'watch' | 'wet' | 'offline';
}

const READ_TIMEOUT_MS = 30_000;

function timeout(probeId: string, ms: number): Promise<never> {
  return new Promise<never>((_, reject) => {
    setTimeout(() => reject(new Error(`probe ${probeId} silent for ${ms}ms`)), ms);
  });
}

function verdictFor(moisturePct: number): BaleStatus['verdict'] {
  if (moisturePct < 16) return 'dry';
  if (moisturePct < 20) return 'watch';
  return 'wet';
}

export class BaleStackMonitor {
  constructor(private readonly bus: ProbeBus, private readonly rows: Record<string, string[]>) {}

  async readProbe(row: string, probeId: string): Promise<BaleStatus> {
    try {
      const reading = await Promise.race([this.bus.read(probeId), timeout(probeId, READ_TIMEOUT_MS)]);
      return {
        probeId,
        row,
        moisturePct: reading.moisturePct,
        tempC: reading.tempC,
        verdict: verdictFor(reading.moisturePct),
      };
    } catch {
      await this.bus.reset(probeId).catch(() => undefined);
      return { probeId, row, moisturePct: null, tempC: null, verdict: 'offline' };
    }
  }

  async survey(): Promise<BaleStatus[]> {
    const statuses: BaleStatus[] = [];
    for (const [row, probes] of Object.entries(this.rows)) {
      for (const probeId of probes) {
        statuses.push(await this.readProbe(row, probeId));
      }
    }
    return statuses;
  }

  static summarise(statuses: readonly BaleStatus[]): Record<BaleStatus['verdict'], number> {
    const counts: Record<BaleStatus['verdict'], number> = { dry: 0, watch: 0, wet: 0, offline: 0 };
    for (const s of statuses) counts[s.verdict]++;
    return counts;
  }
}
