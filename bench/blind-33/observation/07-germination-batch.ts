// expect: none
// Every germination test pushed into the array is awaited together through Promise.allSettled and each result's status is checked before use.
export interface Tray {
  id: string;
  accession: string;
  seeds: number;
  sownAt: Date;
}

export interface GermResult {
  trayId: string;
  germinated: number;
  abnormal: number;
  daysObserved: number;
}

export interface ViabilityRow {
  accession: string;
  trays: number;
  viabilityPct: number;
  failedTrays: string[];
  regenerate: boolean;
}

declare const lab: {
  runGermination(tray: Tray): Promise<GermResult>;
  traysFor(accessions: string[]): Promise<Tray[]>;
};

declare const viabilityRegister: {
  upsert(rows: ViabilityRow[]): Promise<void>;
};

const REGENERATION_THRESHOLD = 85;
const MAX_CONCURRENT_CHAMBERS = 12;

export async function assessViability(accessions: string[]): Promise<ViabilityRow[]> {
  if (accessions.length === 0) {
    return [];
  }

  const trays = await lab.traysFor(accessions);
  if (trays.length > MAX_CONCURRENT_CHAMBERS * 4) {
    throw new Error(`Batch of ${trays.length} trays exceeds chamber capacity; split the request`);
  }

  const tests: Array<Promise<GermResult>> = [];
  for (const tray of trays) {
    if (tray.seeds < 25) {
      continue;
    }
    tests.push(lab.runGermination(tray));
  }

  const settled = await Promise.allSettled(tests);
  const testedTrays = trays.filter((t) => t.seeds >= 25);

  const byAccession = new Map<string, { germinated: number; seeds: number; trays: number; failed: string[] }>();
  settled.forEach((outcome, i) => {
    const tray = testedTrays[i];
    const entry = byAccession.get(tray.accession) ?? { germinated: 0, seeds: 0, trays: 0, failed: [] };
    if (outcome.status === 'fulfilled') {
      entry.germinated += outcome.value.germinated - outcome.value.abnormal;
      entry.seeds += tray.seeds;
      entry.trays++;
    } else {
      entry.failed.push(tray.id);
    }
    byAccession.set(tray.accession, entry);
  });

  const rows: ViabilityRow[] = [...byAccession.entries()].map(([accession, e]) => {
    const viabilityPct = e.seeds > 0 ? Math.round((e.germinated / e.seeds) * 1000) / 10 : 0;
    return {
      accession,
      trays: e.trays,
      viabilityPct,
      failedTrays: e.failed,
      regenerate: e.trays > 0 && viabilityPct < REGENERATION_THRESHOLD,
    };
  });

  await viabilityRegister.upsert(rows);
  return rows;
}
