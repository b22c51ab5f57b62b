// expect: no-floating-promises
// The `due.map(async ...)` that records germination tests is a bare statement, so runAudit returns (and reports the audit done) before any record is written, and a failed write becomes an unhandled rejection.
import { randomUUID } from 'node:crypto';

export interface SeedLot {
  accession: string;
  species: string;
  lastTestedAt: Date | null;
  germinationRate: number;
}

interface GerminationTest {
  id: string;
  accession: string;
  sown: number;
  germinated: number;
  testedAt: Date;
}

interface InventoryDb {
  lotsInVault(vault: string): Promise<SeedLot[]>;
  recordTest(test: GerminationTest): Promise<void>;
  updateRate(accession: string, rate: number): Promise<void>;
}

interface GrowthChamber {
  results(accession: string): Promise<{ sown: number; germinated: number }>;
}

const RETEST_AFTER_MS = 1000 * 60 * 60 * 24 * 365 * 5;

export function isDue(lot: SeedLot, now: Date): boolean {
  if (!lot.lastTestedAt) return true;
  return now.getTime() - lot.lastTestedAt.getTime() > RETEST_AFTER_MS;
}

export class GerminationAudit {
  constructor(
    private readonly db: InventoryDb,
    private readonly chamber: GrowthChamber,
  ) {}

  async runAudit(vault: string, now = new Date()): Promise<number> {
    const lots = await this.db.lotsInVault(vault);
    const due = lots.filter((lot) => isDue(lot, now));

    due.map(async (lot) => {
      const { sown, germinated } = await this.chamber.results(lot.accession);
      await this.db.recordTest({
        id: randomUUID(),
        accession: lot.accession,
        sown,
        germinated,
        testedAt: now,
      });
      await this.db.updateRate(lot.accession, sown === 0 ? 0 : germinated / sown);
    });

    return due.length;
  }

  async weakestLots(vault: string, limit = 10): Promise<SeedLot[]> {
    const lots = await this.db.lotsInVault(vault);
    return [...lots].sort((a, b) => a.germinationRate - b.germinationRate).slice(0, limit);
  }
}
