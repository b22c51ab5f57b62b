// expect: require-signal-propagation
// watchPh passes its signal to fetch but sleeps between polls with a bare timers/promises setTimeout, so aborting the watch (bed harvested, controller shutting down) is not noticed until the full poll interval has elapsed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface WatchOptions {
  baseUrl: string;
  intervalMs: number;
  low: number;
  high: number;
  signal: AbortSignal;
}

export interface PhAlert {
  bed: string;
  ph: number;
  at: string;
}

interface PhReading {
  ph: number;
  at: string;
}

const MAX_CONSECUTIVE_MISSES = 5;

export async function watchPh(bed: string, opts: WatchOptions): Promise<PhAlert> {
  const { baseUrl, intervalMs, low, high, signal } = opts;
  const url = `${baseUrl}/beds/${encodeURIComponent(bed)}/ph`;
  let misses = 0;

  for (;;) {
    signal.throwIfAborted();
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (res.ok) {
      const reading = (await res.json()) as PhReading;
      misses = 0;
      if (reading.ph < low || reading.ph > high) {
        return { bed, ph: reading.ph, at: reading.at };
      }
    } else {
      await res.body?.cancel();
      misses += 1;
      if (misses >= MAX_CONSECUTIVE_MISSES) {
        throw new Error(`bed ${bed}: ${misses} failed pH reads in a row (last HTTP ${res.status})`);
      }
    }
    await sleep(intervalMs);
  }
}

/** Resolves with the first bed to drift out of range, then stops watching the others. */
export async function firstDrift(beds: string[], opts: Omit<WatchOptions, 'signal'>, signal: AbortSignal): Promise<PhAlert> {
  const stopOthers = new AbortController();
  const combined = AbortSignal.any([signal, stopOthers.signal]);
  try {
    return await Promise.race(beds.map((bed) => watchPh(bed, { ...opts, signal: combined })));
  } finally {
    stopOthers.abort();
  }
}
