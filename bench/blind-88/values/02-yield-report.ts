// expect: no-promise-as-value
// publishBatch puts estimateOilYield(batch) into the JSON body without awaiting it, so the co-op API receives an empty object ({}) instead of the yield figure.
export interface StillBatch {
  batchId: string;
  stillId: string;
  cultivar: string;
  chargeKg: number;
  distilledAt: string;
}

interface YieldModel {
  predict(input: { cultivar: string; chargeKg: number; month: number }): Promise<{ mlPerKg: number }>;
}

interface Scale {
  read(stillId: string): Promise<{ grams: number }>;
}

declare const yieldModel: YieldModel;
declare const receiverScale: Scale;

const OIL_DENSITY_G_PER_ML = 0.885;
const COOP_ENDPOINT = 'https://coop.example-lavender.fr/api/batches';

async function estimateOilYield(batch: StillBatch): Promise<number> {
  const month = new Date(batch.distilledAt).getMonth() + 1;
  const { mlPerKg } = await yieldModel.predict({ cultivar: batch.cultivar, chargeKg: batch.chargeKg, month });
  return Math.round(mlPerKg * batch.chargeKg);
}

async function measuredOilMl(batch: StillBatch): Promise<number> {
  const { grams } = await receiverScale.read(batch.stillId);
  return Math.round(grams / OIL_DENSITY_G_PER_ML);
}

export async function publishBatch(batch: StillBatch, apiKey: string): Promise<{ efficiency: number }> {
  const actualMl = await measuredOilMl(batch);

  const res = await fetch(COOP_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      batchId: batch.batchId,
      still: batch.stillId,
      cultivar: batch.cultivar,
      chargeKg: batch.chargeKg,
      distilledAt: batch.distilledAt,
      oil: {
        measuredMl: actualMl,
        expectedMl: estimateOilYield(batch),
      },
    }),
  });
  if (!res.ok) {
    throw new Error(`co-op rejected batch ${batch.batchId}: ${res.status} ${await res.text()}`);
  }

  const { efficiency } = (await res.json()) as { efficiency: number };
  return { efficiency };
}

export async function publishDay(batches: StillBatch[], apiKey: string) {
  const lines: string[] = [];
  for (const batch of batches) {
    const { efficiency } = await publishBatch(batch, apiKey);
    lines.push(`${batch.batchId} ${batch.cultivar} ${(efficiency * 100).toFixed(1)}%`);
  }
  return lines;
}
