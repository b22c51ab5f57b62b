// expect: no-floating-promises
// recordHarvest hands an async callback to forEach, so the per-bale inserts are dropped: the function returns before they finish and their rejections go unhandled.
export interface HarvestBale {
  field: string;
  cultivar: string;
  weightKg: number;
  cutAt: string;
}

export interface DistillationBatch {
  batchId: string;
  stillId: string;
  bales: HarvestBale[];
  startedAt: string;
}

interface Db {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
}

declare const db: Db;

export async function openBatch(stillId: string, bales: HarvestBale[]): Promise<DistillationBatch> {
  const [row] = await db.query<{ id: string }>(
    'INSERT INTO batches (still_id, started_at) VALUES ($1, now()) RETURNING id',
    [stillId],
  );
  const batch: DistillationBatch = {
    batchId: row.id,
    stillId,
    bales,
    startedAt: new Date().toISOString(),
  };
  await recordHarvest(batch);
  return batch;
}

export async function recordHarvest(batch: DistillationBatch): Promise<void> {
  const totalKg = batch.bales.reduce((sum, b) => sum + b.weightKg, 0);
  if (totalKg > 1_200) {
    throw new Error(`batch ${batch.batchId} overloads still ${batch.stillId} (${totalKg} kg)`);
  }

  batch.bales.forEach(async (bale) => {
    await db.query(
      'INSERT INTO batch_bales (batch_id, field, cultivar, weight_kg, cut_at) VALUES ($1, $2, $3, $4, $5)',
      [batch.batchId, bale.field, bale.cultivar, bale.weightKg, bale.cutAt],
    );
  });

  await db.query('UPDATE batches SET charge_kg = $2 WHERE id = $1', [batch.batchId, totalKg]);
}

export async function chargeByCultivar(batchId: string): Promise<Record<string, number>> {
  const rows = await db.query<{ cultivar: string; kg: number }>(
    'SELECT cultivar, sum(weight_kg) AS kg FROM batch_bales WHERE batch_id = $1 GROUP BY cultivar',
    [batchId],
  );
  const out: Record<string, number> = {};
  for (const row of rows) out[row.cultivar] = Number(row.kg);
  return out;
}

export async function closeBatch(batchId: string, oilMl: number) {
  await db.transaction(async (tx) => {
    await tx.query('UPDATE batches SET oil_ml = $2, finished_at = now() WHERE id = $1', [batchId, oilMl]);
    await tx.query('INSERT INTO batch_events (batch_id, kind) VALUES ($1, $2)', [batchId, 'closed']);
  });
}
