// expect: none
// The race's losers share one AbortController that is aborted in finally, which removes the once() listener and cancels the timeout timer, and the caller's signal is folded in.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface SplitPulse {
  sledBib: number;
  split: 1 | 2 | 3 | 4;
  nanos: bigint;
}

export interface SplitResult {
  sledBib: number;
  split: SplitPulse['split'];
  elapsedMs: number | null;
  timedOut: boolean;
}

declare const trackClock: EventEmitter;

const TIMEOUT = Symbol('timeout');

async function nextSplit(
  split: SplitPulse['split'],
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<SplitPulse | typeof TIMEOUT> {
  const local = new AbortController();
  const signal = outer ? AbortSignal.any([outer, local.signal]) : local.signal;
  try {
    return await Promise.race([
      (async () => {
        for (;;) {
          const [pulse] = (await once(trackClock, 'split', { signal })) as [SplitPulse];
          if (pulse.split === split) return pulse;
        }
      })(),
      delay(timeoutMs, TIMEOUT, { signal }),
    ]);
  } finally {
    local.abort();
  }
}

export class RunTimer {
  private readonly results: SplitResult[] = [];

  constructor(private readonly splitTimeoutMs = 25_000) {}

  async timeRun(sledBib: number, startNanos: bigint, signal?: AbortSignal): Promise<SplitResult[]> {
    const run: SplitResult[] = [];
    for (const split of [1, 2, 3, 4] as const) {
      const pulse = await nextSplit(split, this.splitTimeoutMs, signal);
      if (pulse === TIMEOUT) {
        run.push({ sledBib, split, elapsedMs: null, timedOut: true });
        continue;
      }
      if (pulse.sledBib !== sledBib) {
        throw new Error(`split ${split} tripped by bib ${pulse.sledBib} while timing bib ${sledBib}`);
      }
      run.push({ sledBib, split, elapsedMs: Number((pulse.nanos - startNanos) / 1_000_000n), timedOut: false });
    }
    this.results.push(...run);
    return run;
  }

  leaderboard(split: SplitResult['split']): Array<{ sledBib: number; elapsedMs: number }> {
    return this.results
      .filter((r): r is SplitResult & { elapsedMs: number } => r.split === split && r.elapsedMs !== null)
      .sort((a, b) => a.elapsedMs - b.elapsedMs)
      .map(({ sledBib, elapsedMs }) => ({ sledBib, elapsedMs }));
  }
}

export function formatSplit(ms: number | null): string {
  if (ms === null) return '--.--';
  return (ms / 1000).toFixed(2);
}
