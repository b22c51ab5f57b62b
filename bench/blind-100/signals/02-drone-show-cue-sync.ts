// expect: none
// The caller's signal is forwarded to every fetch and to the timers/promises backoff sleep, so aborting the cue sync stops the in-flight request or the wait immediately.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LanternCue {
  cueId: string;
  atSecond: number;
  formation: string;
  colourHex: string;
}

export interface CueSyncOptions {
  showUrl: string;
  token: string;
  signal: AbortSignal;
  maxAttempts?: number;
}

class RetryableStatusError extends Error {
  constructor(readonly status: number) {
    super(`show server answered ${status}`);
  }
}

async function fetchCuePage(opts: CueSyncOptions, page: number): Promise<{ cues: LanternCue[]; next: number | null }> {
  const res = await fetch(`${opts.showUrl}/cues?page=${page}`, {
    headers: { authorization: `Bearer ${opts.token}` },
    signal: opts.signal,
  });
  if (res.status === 429 || res.status >= 500) throw new RetryableStatusError(res.status);
  if (!res.ok) throw new Error(`cue sheet request failed with ${res.status}`);
  return (await res.json()) as { cues: LanternCue[]; next: number | null };
}

export async function syncCueSheet(opts: CueSyncOptions): Promise<LanternCue[]> {
  const maxAttempts = opts.maxAttempts ?? 4;
  const cues: LanternCue[] = [];
  let page: number | null = 1;

  while (page !== null) {
    const current: number = page;
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await fetchCuePage(opts, current);
        cues.push(...result.cues);
        page = result.next;
        break;
      } catch (err) {
        if (!(err instanceof RetryableStatusError) || attempt >= maxAttempts) throw err;
        await sleep(250 * 2 ** attempt, undefined, { signal: opts.signal });
      }
    }
  }

  return cues.sort((a, b) => a.atSecond - b.atSecond);
}
