// expect: no-promise-as-value
// Bug: latestViability() is async and its unawaited promise is interpolated into the notice text, printing "[object Promise]".
import { appendFile } from "node:fs/promises";

export interface Accession {
  id: string;
  species: string;
  vault: "A" | "B" | "C";
  lastTestedYear: number;
  seedCount: number;
}

interface GerminationTest {
  accessionId: string;
  sown: number;
  germinated: number;
  testedOn: string;
}

declare const labClient: {
  testsFor(accessionId: string): Promise<GerminationTest[]>;
};

const RETEST_INTERVAL_YEARS = 10;
const MIN_SEED_COUNT = 1500;

export class RegenerationPlanner {
  private readonly viabilityCache = new Map<string, number>();

  constructor(private readonly noticeLog: string) {}

  async latestViability(accessionId: string): Promise<number> {
    const cached = this.viabilityCache.get(accessionId);
    if (cached !== undefined) return cached;

    const tests = await labClient.testsFor(accessionId);
    if (tests.length === 0) return 0;

    const latest = tests.reduce((a, b) => (a.testedOn > b.testedOn ? a : b));
    const rate = Math.round((latest.germinated / latest.sown) * 1000) / 10;
    this.viabilityCache.set(accessionId, rate);
    return rate;
  }

  needsRegeneration(accession: Accession, year: number): boolean {
    const overdue = year - accession.lastTestedYear >= RETEST_INTERVAL_YEARS;
    const depleted = accession.seedCount < MIN_SEED_COUNT;
    return overdue || depleted;
  }

  async writeNotices(accessions: Accession[], year = new Date().getFullYear()): Promise<number> {
    const flagged = accessions.filter((a) => this.needsRegeneration(a, year));
    const lines: string[] = [];

    for (const accession of flagged) {
      const viability = this.latestViability(accession.id);
      const reason =
        accession.seedCount < MIN_SEED_COUNT
          ? `only ${accession.seedCount} seeds left`
          : `last tested ${accession.lastTestedYear}`;

      lines.push(
        `[${year}] vault ${accession.vault} / ${accession.id} (${accession.species}): ` +
          `${reason}; last germination ${viability}%`,
      );
    }

    if (lines.length > 0) {
      await appendFile(this.noticeLog, lines.join("\n") + "\n", "utf8");
    }
    return lines.length;
  }
}
