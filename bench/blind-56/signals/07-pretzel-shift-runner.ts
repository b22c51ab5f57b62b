// expect: require-signal-propagation
// runShift receives options.signal but never reads it: the batch loop neither checks it nor passes it on, so stopping the shift has no effect until every batch is twisted.
export interface DoughBatch {
  batchId: string;
  ropes: number;
  ropeWeightGrams: number;
  style: 'bavarian' | 'philly' | 'mini';
}

export interface ShiftOptions {
  lineId: string;
  maxBatches: number;
  signal?: AbortSignal;
  onBatchDone?: (batchId: string, twisted: number) => void;
}

declare const robotArm: {
  calibrate(lineId: string): Promise<void>;
  twist(lineId: string, style: DoughBatch['style'], ropeWeightGrams: number): Promise<boolean>;
  park(lineId: string): Promise<void>;
};

declare const proofer: {
  nextBatch(lineId: string): Promise<DoughBatch | null>;
  returnBatch(batchId: string, ropesLeft: number): Promise<void>;
};

declare const lyeBath: {
  dip(lineId: string, count: number): Promise<void>;
};

interface ShiftSummary {
  batches: number;
  twisted: number;
  misses: number;
}

async function twistBatch(lineId: string, batch: DoughBatch): Promise<{ twisted: number; misses: number }> {
  let twisted = 0;
  let misses = 0;
  for (let rope = 0; rope < batch.ropes; rope++) {
    const ok = await robotArm.twist(lineId, batch.style, batch.ropeWeightGrams);
    if (ok) twisted += 1;
    else misses += 1;
    if (misses > 3 && misses > twisted) {
      await proofer.returnBatch(batch.batchId, batch.ropes - rope - 1);
      break;
    }
  }
  return { twisted, misses };
}

export async function runShift(options: ShiftOptions): Promise<ShiftSummary> {
  const { lineId, maxBatches, onBatchDone } = options;
  const summary: ShiftSummary = { batches: 0, twisted: 0, misses: 0 };

  await robotArm.calibrate(lineId);
  try {
    while (summary.batches < maxBatches) {
      const batch = await proofer.nextBatch(lineId);
      if (!batch) break;

      const { twisted, misses } = await twistBatch(lineId, batch);
      if (twisted > 0) await lyeBath.dip(lineId, twisted);

      summary.batches += 1;
      summary.twisted += twisted;
      summary.misses += misses;
      onBatchDone?.(batch.batchId, twisted);
    }
  } finally {
    await robotArm.park(lineId);
  }
  return summary;
}

export function missRate(summary: ShiftSummary): string {
  const attempts = summary.twisted + summary.misses;
  if (attempts === 0) return 'no ropes attempted';
  return `${((summary.misses / attempts) * 100).toFixed(1)}% misses over ${summary.batches} batches`;
}
