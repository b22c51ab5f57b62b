// expect: none
// Correct: each telemetry post combines the caller's signal with a timeout, the backoff sleep takes the signal, and caller aborts are rethrown instead of retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PressReading {
  pressId: string;
  batch: string;
  juiceLitres: number;
  pomaceKg: number;
  pressureBar: number;
  takenAt: number;
}

export interface UploadContext {
  signal: AbortSignal;
  endpoint: string;
  attempts?: number;
}

const PER_REQUEST_TIMEOUT_MS = 8_000;

function isCallerAbort(err: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (err instanceof Error && err.name === 'AbortError');
}

async function postBatch(readings: PressReading[], ctx: UploadContext): Promise<number> {
  const requestSignal = AbortSignal.any([ctx.signal, AbortSignal.timeout(PER_REQUEST_TIMEOUT_MS)]);
  const res = await fetch(ctx.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ readings }),
    signal: requestSignal,
  });
  if (res.status >= 500) {
    throw new Error(`telemetry endpoint unavailable (${res.status})`);
  }
  if (!res.ok) {
    throw new Error(`telemetry rejected batch: ${res.status} ${await res.text()}`);
  }
  const body = (await res.json()) as { accepted: number };
  return body.accepted;
}

export async function uploadReadings(readings: PressReading[], ctx: UploadContext): Promise<number> {
  const attempts = ctx.attempts ?? 4;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await postBatch(readings, ctx);
    } catch (err) {
      if (isCallerAbort(err, ctx.signal)) {
        throw err;
      }
      lastError = err;
      // exponential backoff with a little jitter so presses don't stampede
      const delay = 250 * 2 ** (attempt - 1) + Math.floor(Math.random() * 100);
      await sleep(delay, undefined, { signal: ctx.signal });
    }
  }
  throw new Error(`gave up after ${attempts} attempts`, { cause: lastError });
}

export function summarise(readings: PressReading[]): Map<string, { litres: number; yieldPct: number }> {
  const byBatch = new Map<string, { litres: number; pomace: number }>();
  for (const r of readings) {
    const agg = byBatch.get(r.batch) ?? { litres: 0, pomace: 0 };
    agg.litres += r.juiceLitres;
    agg.pomace += r.pomaceKg;
    byBatch.set(r.batch, agg);
  }
  const out = new Map<string, { litres: number; yieldPct: number }>();
  for (const [batch, agg] of byBatch) {
    const total = agg.litres + agg.pomace;
    out.set(batch, { litres: agg.litres, yieldPct: total === 0 ? 0 : (agg.litres / total) * 100 });
  }
  return out;
}
