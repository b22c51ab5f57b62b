// expect: require-signal-propagation
// The caller's signal reaches every fetch, but the backoff sleep between busy-rig retries is called without it, so abort waits out the delay.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Specimen {
  specimenId: string;
  diameterMm: number;
  sheath: 'nylon' | 'polyester' | 'aramid';
  ratedKn: number;
}

export interface DropTestResult {
  specimenId: string;
  impactForceKn: number;
  dropsHeld: number;
  sheathSlippageMm: number;
}

export interface RigOptions {
  signal?: AbortSignal;
  maxBusyRetries?: number;
}

class RigBusyError extends Error {
  constructor(readonly retryAfterMs: number) {
    super(`drop tower busy, retry after ${retryAfterMs}ms`);
    this.name = 'RigBusyError';
  }
}

async function postDropTest(rigUrl: string, specimen: Specimen, signal?: AbortSignal): Promise<DropTestResult> {
  const res = await fetch(new URL('/v2/drop-tests', rigUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ specimen, standard: 'EN 892', massKg: 80, fallFactor: 1.77 }),
    signal,
  });
  if (res.status === 503) {
    throw new RigBusyError(Number(res.headers.get('retry-after') ?? '5') * 1000);
  }
  if (!res.ok) throw new Error(`rig rejected ${specimen.specimenId}: ${res.status} ${await res.text()}`);
  return (await res.json()) as DropTestResult;
}

export async function runDropSeries(
  rigUrl: string,
  specimens: Specimen[],
  options: RigOptions = {},
): Promise<DropTestResult[]> {
  const { signal, maxBusyRetries = 5 } = options;
  const results: DropTestResult[] = [];

  for (const specimen of specimens) {
    signal?.throwIfAborted();
    let busyRetries = 0;
    for (;;) {
      try {
        results.push(await postDropTest(rigUrl, specimen, signal));
        break;
      } catch (err) {
        if (!(err instanceof RigBusyError) || busyRetries >= maxBusyRetries) throw err;
        busyRetries += 1;
        await sleep(err.retryAfterMs);
      }
    }
  }
  return results;
}

export function certify(result: DropTestResult, specimen: Specimen): { pass: boolean; notes: string[] } {
  const notes: string[] = [];
  if (result.dropsHeld < 5) notes.push(`held only ${result.dropsHeld} drops (min 5)`);
  if (result.impactForceKn > 12) notes.push(`impact force ${result.impactForceKn} kN exceeds 12 kN`);
  if (result.sheathSlippageMm > 20) notes.push(`sheath slippage ${result.sheathSlippageMm} mm`);
  if (specimen.ratedKn > 0 && result.impactForceKn > specimen.ratedKn) notes.push('exceeds rated impact force');
  return { pass: notes.length === 0, notes };
}
