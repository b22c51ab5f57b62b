// expect: none
// The signal reaches every call that accepts one: fetch via a RequestInit built in requestInit(), the backoff via timers/promises options, and the results store via its options object.
import { setTimeout as sleep } from 'node:timers/promises';

export interface HeatTime {
  heatId: string;
  bib: number;
  seconds: number;
  flippers: 'standard' | 'none';
}

export interface SyncOptions {
  signal?: AbortSignal;
  maxAttempts?: number;
}

declare const timingBooth: {
  url: string;
  token: string;
};

declare const resultsStore: {
  replaceHeat(heatId: string, times: HeatTime[], options?: { signal?: AbortSignal }): Promise<void>;
};

function requestInit(signal: AbortSignal | undefined): RequestInit {
  return {
    method: 'GET',
    headers: { authorization: `Bearer ${timingBooth.token}`, accept: 'application/json' },
    signal,
  };
}

function isRetryable(status: number): boolean {
  return status === 429 || status === 502 || status === 503;
}

async function downloadHeat(heatId: string, init: RequestInit, maxAttempts: number): Promise<HeatTime[]> {
  for (let attempt = 1; ; attempt++) {
    const res = await fetch(`${timingBooth.url}/heats/${encodeURIComponent(heatId)}/times`, init);
    if (res.ok) return (await res.json()) as HeatTime[];
    if (!isRetryable(res.status) || attempt >= maxAttempts) {
      throw new Error(`timing booth answered ${res.status} for heat ${heatId}`);
    }
    await sleep(500 * attempt, undefined, { signal: init.signal ?? undefined });
  }
}

function validate(times: HeatTime[]): HeatTime[] {
  // Two lengths of a 55m trench: anything under 60s is a mis-read transponder.
  return times.filter((t) => t.seconds >= 60 && t.seconds < 30 * 60);
}

export async function syncHeatResults(heatIds: string[], options: SyncOptions = {}): Promise<number> {
  const { signal, maxAttempts = 4 } = options;
  const init = requestInit(signal);
  let stored = 0;

  for (const heatId of heatIds) {
    signal?.throwIfAborted();
    const times = validate(await downloadHeat(heatId, init, maxAttempts));
    const ranked = times.sort((a, b) => a.seconds - b.seconds);
    await resultsStore.replaceHeat(heatId, ranked, { signal });
    stored += ranked.length;
  }
  return stored;
}

export function fastestOfDay(times: HeatTime[]): { standard?: HeatTime; unassisted?: HeatTime } {
  const by = (kind: HeatTime['flippers']) =>
    times.filter((t) => t.flippers === kind).sort((a, b) => a.seconds - b.seconds)[0];
  return { standard: by('standard'), unassisted: by('none') };
}
