// expect: no-unobserved-promise
// Bug: pressAll starts every batch up front and awaits them one by one; when an early batch throws for low yield, later batch promises are left with no handler and can reject unobserved.
declare const pressLine: {
  press(lineId: string, batch: AppleBatch): Promise<PressResult>;
};

declare const qualityLab: {
  brix(sampleId: string): Promise<number>;
};

declare const cellar: {
  fillTank(tankId: string, litres: number, meta: { batches: string[]; brix: number }): Promise<void>;
};

export interface AppleBatch {
  batchId: string;
  variety: 'Dabinett' | 'Kingston Black' | 'Yarlington Mill' | 'Bramley';
  kg: number;
}

export interface PressResult {
  batchId: string;
  litres: number;
  pomaceKg: number;
  sampleId: string;
}

const MIN_YIELD_L_PER_KG = 0.55;

export class PressYieldError extends Error {
  constructor(readonly batchId: string, readonly yieldPerKg: number) {
    super(`batch ${batchId} yielded ${yieldPerKg.toFixed(2)} L/kg; check the press cloths`);
    this.name = 'PressYieldError';
  }
}

export async function pressAll(lineId: string, batches: AppleBatch[]): Promise<PressResult[]> {
  const runs = batches.map((batch) => pressLine.press(lineId, batch));
  const results: PressResult[] = [];
  for (let i = 0; i < runs.length; i++) {
    const result = await runs[i];
    const yieldPerKg = result.litres / batches[i].kg;
    if (yieldPerKg < MIN_YIELD_L_PER_KG) {
      throw new PressYieldError(result.batchId, yieldPerKg);
    }
    results.push(result);
  }
  return results;
}

function weightedBrix(results: PressResult[], brix: number[]): number {
  const litres = results.reduce((sum, r) => sum + r.litres, 0);
  const weighted = results.reduce((sum, r, i) => sum + r.litres * brix[i], 0);
  return Math.round((weighted / Math.max(1, litres)) * 10) / 10;
}

export async function pressIntoTank(lineId: string, tankId: string, batches: AppleBatch[]): Promise<number> {
  const results = await pressAll(lineId, batches);
  const brix = await Promise.all(results.map((r) => qualityLab.brix(r.sampleId)));
  const litres = results.reduce((sum, r) => sum + r.litres, 0);
  await cellar.fillTank(tankId, litres, {
    batches: results.map((r) => r.batchId),
    brix: weightedBrix(results, brix),
  });
  return litres;
}
