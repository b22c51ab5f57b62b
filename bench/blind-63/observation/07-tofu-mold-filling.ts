// expect: none
// All molds are validated before any fill starts, and every pushed fill promise is awaited together with Promise.all.
export interface Mold {
  moldId: string;
  capacityKg: number;
  clothChangedAt: Date;
}

export interface FillResult {
  moldId: string;
  curdKg: number;
  coagulant: 'nigari' | 'gypsum';
}

declare const curdTank: {
  availableKg(line: string): Promise<number>;
};

declare const filler: {
  fill(line: string, moldId: string, kg: number, coagulant: FillResult['coagulant']): Promise<FillResult>;
};

declare const qa: {
  logBatch(line: string, fills: FillResult[]): Promise<{ batchNo: string }>;
};

// pressing cloths are swapped every 4 hours for hygiene
const CLOTH_MAX_AGE_MS = 4 * 3_600_000;

function validateMold(mold: Mold, now: number): void {
  if (mold.capacityKg <= 0) {
    throw new RangeError(`mold ${mold.moldId} reports capacity ${mold.capacityKg}kg`);
  }
  if (now - mold.clothChangedAt.getTime() > CLOTH_MAX_AGE_MS) {
    throw new Error(`mold ${mold.moldId} needs a fresh pressing cloth`);
  }
}

export async function fillLine(
  line: string,
  molds: Mold[],
  coagulant: FillResult['coagulant'] = 'nigari',
): Promise<{ batchNo: string; fills: FillResult[]; leftoverKg: number }> {
  const now = Date.now();
  for (const mold of molds) {
    validateMold(mold, now);
  }

  let remaining = await curdTank.availableKg(line);
  const plan: Array<{ moldId: string; kg: number }> = [];
  for (const mold of molds) {
    const kg = Math.min(mold.capacityKg, remaining);
    if (kg < mold.capacityKg * 0.9) break; // an underfilled mold presses into a crumbly block
    plan.push({ moldId: mold.moldId, kg });
    remaining -= kg;
  }

  const pending: Array<Promise<FillResult>> = [];
  for (const step of plan) {
    pending.push(filler.fill(line, step.moldId, step.kg, coagulant));
  }
  const fills = await Promise.all(pending);

  const { batchNo } = await qa.logBatch(line, fills);
  return { batchNo, fills, leftoverKg: remaining };
}
