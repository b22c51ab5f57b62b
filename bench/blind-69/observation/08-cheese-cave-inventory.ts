// expect: no-unobserved-promise
// receiveBatch starts rendering labels before validation, and when validation throws the label promise is abandoned with nothing attached, so its rejection goes unhandled.
export interface Wheel {
  wheelId: string;
  style: 'cheddar' | 'gouda' | 'comte' | 'tomme';
  weightKg: number;
  madeOn: string;
}

export interface IncomingBatch {
  batchId: string;
  caveId: string;
  dairy: string;
  wheels: Wheel[];
}

export interface LabelSheet {
  batchId: string;
  pdf: Uint8Array;
  barcodes: string[];
}

export class BatchRejectedError extends Error {
  constructor(readonly batchId: string, readonly problems: string[]) {
    super(`batch ${batchId} rejected: ${problems.join('; ')}`);
    this.name = 'BatchRejectedError';
  }
}

declare const labelService: {
  render(batchId: string, wheels: readonly Wheel[]): Promise<LabelSheet>;
  print(sheet: LabelSheet, printer: string): Promise<void>;
};

declare const caveLedger: {
  shelve(caveId: string, wheels: readonly Wheel[]): Promise<Map<string, string>>;
};

const WEIGHT_RANGE: Record<Wheel['style'], [number, number]> = {
  cheddar: [18, 30],
  gouda: [10, 16],
  comte: [35, 45],
  tomme: [1.5, 3.5],
};

function validate(batch: IncomingBatch, today: Date): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const wheel of batch.wheels) {
    if (seen.has(wheel.wheelId)) problems.push(`duplicate wheel ${wheel.wheelId}`);
    seen.add(wheel.wheelId);
    const [min, max] = WEIGHT_RANGE[wheel.style];
    if (wheel.weightKg < min || wheel.weightKg > max) {
      problems.push(`${wheel.wheelId} weighs ${wheel.weightKg}kg, outside ${min}-${max}kg for ${wheel.style}`);
    }
    if (new Date(wheel.madeOn) > today) problems.push(`${wheel.wheelId} has a future make date`);
  }
  return problems;
}

export async function receiveBatch(batch: IncomingBatch, printer = 'cave-door-zebra'): Promise<Map<string, string>> {
  if (batch.wheels.length === 0) {
    return new Map();
  }

  const labels = labelService.render(batch.batchId, batch.wheels);

  const problems = validate(batch, new Date());
  if (problems.length > 0) {
    throw new BatchRejectedError(batch.batchId, problems);
  }

  const sheet = await labels;
  await labelService.print(sheet, printer);
  return caveLedger.shelve(batch.caveId, batch.wheels);
}

export async function receiveDelivery(batches: readonly IncomingBatch[]): Promise<{ shelved: number; rejected: string[] }> {
  let shelved = 0;
  const rejected: string[] = [];
  for (const batch of batches) {
    try {
      shelved += (await receiveBatch(batch)).size;
    } catch (err) {
      if (!(err instanceof BatchRejectedError)) throw err;
      rejected.push(err.message);
    }
  }
  return { shelved, rejected };
}
