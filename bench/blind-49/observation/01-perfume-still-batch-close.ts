// expect: no-unobserved-promise
// The label-print job is started before several other awaits and only awaited at the end, so a printer failure in the meantime is an unhandled rejection.
export interface StillRun {
  stillId: string;
  botanical: 'rose' | 'lavender' | 'neroli' | 'vetiver' | 'jasmine';
  chargeKg: number;
  startedAt: Date;
}

export interface Fractions {
  headsMl: number;
  heartMl: number;
  tailsMl: number;
  hydrosolLitres: number;
}

export interface ClosedBatch {
  lot: string;
  run: StillRun;
  fractions: Fractions;
  yieldPercent: number;
  labelIds: string[];
}

declare const stillControl: {
  coolDown(stillId: string): Promise<void>;
  drainReceiver(stillId: string): Promise<Fractions>;
};

declare const labelPrinter: {
  printLot(lot: string, copies: number): Promise<string[]>;
};

declare const qualityLog: {
  record(entry: { lot: string; yieldPercent: number; notes: string[] }): Promise<void>;
};

const OIL_DENSITY_G_PER_ML: Record<StillRun['botanical'], number> = {
  rose: 0.86,
  lavender: 0.89,
  neroli: 0.87,
  vetiver: 0.99,
  jasmine: 0.95,
};

function lotNumber(run: StillRun): string {
  const day = run.startedAt.toISOString().slice(0, 10).replaceAll('-', '');
  return `${run.botanical.slice(0, 3).toUpperCase()}-${day}-${run.stillId}`;
}

function yieldPercent(run: StillRun, fractions: Fractions): number {
  const oilGrams = fractions.heartMl * OIL_DENSITY_G_PER_ML[run.botanical];
  return (oilGrams / (run.chargeKg * 1000)) * 100;
}

function qualityNotes(run: StillRun, fractions: Fractions): string[] {
  const notes: string[] = [];
  if (fractions.headsMl > fractions.heartMl * 0.15) notes.push('heads cut unusually large');
  if (fractions.tailsMl > fractions.heartMl * 0.3) notes.push('tails heavy; check steam rate');
  if (run.botanical === 'rose' && fractions.hydrosolLitres < run.chargeKg * 0.8) {
    notes.push('rose water below expected volume');
  }
  return notes;
}

export async function closeBatch(run: StillRun, labelCopies = 4): Promise<ClosedBatch> {
  const lot = lotNumber(run);
  const labels = labelPrinter.printLot(lot, labelCopies);

  await stillControl.coolDown(run.stillId);
  const fractions = await stillControl.drainReceiver(run.stillId);
  const pct = yieldPercent(run, fractions);
  await qualityLog.record({ lot, yieldPercent: pct, notes: qualityNotes(run, fractions) });

  return {
    lot,
    run,
    fractions,
    yieldPercent: pct,
    labelIds: await labels,
  };
}

export async function closeDay(runs: StillRun[]): Promise<ClosedBatch[]> {
  const closed: ClosedBatch[] = [];
  for (const run of runs.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime())) {
    closed.push(await closeBatch(run));
  }
  return closed;
}
