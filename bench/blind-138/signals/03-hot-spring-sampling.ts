// expect: none
// The caller's signal reaches every cancellable step: each fetch, the back-off sleep between retries, and the nested per-pool calls.
import { setTimeout as delay } from 'node:timers/promises';

export interface PoolSample {
  poolId: string;
  freeChlorineMgL: number;
  turbidityNtu: number;
  temperatureC: number;
  sampledAt: string;
}

export interface SamplingRun {
  springId: string;
  samples: PoolSample[];
  flagged: string[];
}

async function fetchJson<T>(url: string, signal: AbortSignal | undefined, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (res.ok) return (await res.json()) as T;
    await res.body?.cancel();
    lastError = new Error(`${url}: HTTP ${res.status}`);
    if (res.status < 500 || attempt === attempts) break;
    await delay(250 * 2 ** attempt, undefined, { signal });
  }
  throw lastError;
}

export async function samplePool(
  stationUrl: string,
  poolId: string,
  signal?: AbortSignal,
): Promise<PoolSample> {
  return fetchJson<PoolSample>(`${stationUrl}/pools/${encodeURIComponent(poolId)}/sample`, signal);
}

export async function runSampling(
  stationUrl: string,
  springId: string,
  options: { signal?: AbortSignal; settleMs?: number } = {},
): Promise<SamplingRun> {
  const { signal, settleMs = 2_000 } = options;
  const pools = await fetchJson<string[]>(`${stationUrl}/springs/${encodeURIComponent(springId)}/pools`, signal);

  const samples: PoolSample[] = [];
  for (const poolId of pools) {
    samples.push(await samplePool(stationUrl, poolId, signal));
    // Give the sampling pump time to flush before drawing from the next pool.
    await delay(settleMs, undefined, { signal });
  }

  const flagged = samples
    .filter((s) => s.turbidityNtu > 5 || s.temperatureC > 42 || s.freeChlorineMgL < 0.4)
    .map((s) => s.poolId);

  return { springId, samples, flagged };
}
