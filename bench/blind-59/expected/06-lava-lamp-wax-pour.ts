// expect: none
// pourWithRetry takes a factory and calls it for each attempt, so every retry is a fresh pour request; method references are passed only as callbacks.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WaxBatch {
  batchId: string;
  colour: string;
  paraffinKg: number;
  carbonTetPct: number;
}

export interface LampUnit {
  serial: string;
  batchId: string;
  heightCm: number;
}

export interface Inspection {
  serial: string;
  blobsPerMinute: number;
  passed: boolean;
}

declare const vat: { pour(batch: WaxBatch, lamps: number): Promise<LampUnit[]> };
declare const qa: { timeBlobs(serial: string): Promise<number> };
declare const warehouse: { shelve(units: LampUnit[]): Promise<void> };

export class TransientVatError extends Error {}

export async function pourWithRetry<T>(pour: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await pour();
    } catch (err) {
      if (!(err instanceof TransientVatError) || attempt >= attempts) throw err;
      await sleep(500 * attempt);
    }
  }
}

async function inspect(unit: LampUnit): Promise<Inspection> {
  const blobsPerMinute = await qa.timeBlobs(unit.serial);
  return { serial: unit.serial, blobsPerMinute, passed: blobsPerMinute >= 3 && blobsPerMinute <= 12 };
}

function validateBatch(batch: WaxBatch): WaxBatch {
  if (batch.paraffinKg <= 0) throw new RangeError(`batch ${batch.batchId} has no paraffin`);
  if (batch.carbonTetPct > 0) {
    throw new Error(`batch ${batch.batchId} still uses carbon tetrachloride; reformulate`);
  }
  return batch;
}

export async function produce(batches: WaxBatch[], lampsPerBatch: number): Promise<Inspection[]> {
  const inspections: Inspection[] = [];
  for (const batch of batches.map(validateBatch)) {
    const units = await pourWithRetry(() => vat.pour(batch, lampsPerBatch));
    const results = await Promise.all(units.map(inspect));
    const passedSerials = new Set(results.filter((r) => r.passed).map((r) => r.serial));
    await warehouse.shelve(units.filter((u) => passedSerials.has(u.serial)));
    inspections.push(...results);
  }
  return inspections;
}

export function yieldRate(inspections: Inspection[]): number {
  if (inspections.length === 0) return 0;
  return inspections.filter((i) => i.passed).length / inspections.length;
}
