// expect: none
// The caller's signal reaches every cancellable call: fetch gets it through the RequestInit built by requestInitFor, and the sleep and once() calls get it directly.
import { setTimeout as sleep } from 'node:timers/promises';
import { once, type EventEmitter } from 'node:events';

export interface WaterSample {
  tankId: string;
  dissolvedOxygenMgL: number;
  ammoniaMgL: number;
  temperatureC: number;
  ph: number;
}

export interface SamplingOptions {
  signal?: AbortSignal;
  retries?: number;
}

declare const labApi: {
  baseUrl: string;
  token: string;
};

declare const oxygenation: EventEmitter & {
  boost(tankId: string, litresPerMin: number): void;
};

function requestInitFor(signal: AbortSignal | undefined, timeoutMs: number): RequestInit {
  const timeout = AbortSignal.timeout(timeoutMs);
  return {
    headers: { authorization: `Bearer ${labApi.token}`, accept: 'application/json' },
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
  };
}

async function fetchSample(tankId: string, options: SamplingOptions): Promise<WaterSample> {
  const { signal, retries = 2 } = options;
  let lastError: unknown;

  for (let attempt = 0; attempt <= retries; attempt++) {
    let res: Response;
    try {
      res = await fetch(`${labApi.baseUrl}/tanks/${tankId}/latest`, requestInitFor(signal, 8_000));
    } catch (err) {
      if (signal?.aborted) throw err;
      lastError = err; // network failure or our per-request timeout; worth another try
      await sleep(1_000 * (attempt + 1), undefined, { signal });
      continue;
    }

    if (res.ok) {
      return (await res.json()) as WaterSample;
    }
    if (res.status < 500) {
      throw new Error(`lab API refused sample request for ${tankId}: ${res.status}`);
    }
    lastError = new Error(`lab API ${res.status}`);
    await sleep(1_000 * (attempt + 1), undefined, { signal });
  }
  throw new Error(`no water sample for ${tankId}`, { cause: lastError });
}

export async function guardOxygen(tankId: string, options: SamplingOptions = {}): Promise<WaterSample> {
  const sample = await fetchSample(tankId, options);
  if (sample.dissolvedOxygenMgL >= 7) {
    return sample;
  }

  // Fry stress below ~6 mg/L; boost aeration and wait for the diffuser to confirm.
  // The diffuser controller confirms over the fieldbus a few seconds later, never synchronously.
  oxygenation.boost(tankId, sample.dissolvedOxygenMgL < 5 ? 40 : 20);
  await once(oxygenation, `boosted:${tankId}`, { signal: options.signal });

  return fetchSample(tankId, options);
}

export function classify(sample: WaterSample): 'ok' | 'watch' | 'act' {
  if (sample.ammoniaMgL > 0.05 || sample.dissolvedOxygenMgL < 5) return 'act';
  if (sample.ph < 6.5 || sample.ph > 8.5 || sample.temperatureC > 15) return 'watch';
  return 'ok';
}
