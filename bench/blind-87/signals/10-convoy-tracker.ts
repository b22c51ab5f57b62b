// expect: none
// The per-fix catch keeps tracking after transient failures, but rethrows whenever the tracker's signal is aborted; the signal goes to on(), to the checkpoint client and to the backoff sleep.
import { on, type EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

export interface GpsFix {
  unit: string;
  lat: number;
  lon: number;
  speedKmh: number;
  at: number;
}

declare const checkpoints: {
  record(convoyId: string, fix: GpsFix, opts: { signal: AbortSignal }): Promise<void>;
};

// Ice-road speed limit for loaded trucks; faster speeds set up a wave under the ice.
const MAX_SPEED_KMH = 25;

export interface TrackerEvents {
  onSpeeding(fix: GpsFix): void;
  onTransientError(err: unknown): void;
}

export async function trackConvoy(
  feed: EventEmitter,
  convoyId: string,
  events: TrackerEvents,
  opts: { signal: AbortSignal },
): Promise<number> {
  let recorded = 0;
  let failuresInRow = 0;

  for await (const [fix] of on(feed, 'position', { signal: opts.signal }) as AsyncIterable<[GpsFix]>) {
    if (fix.speedKmh > MAX_SPEED_KMH) events.onSpeeding(fix);
    try {
      await checkpoints.record(convoyId, fix, { signal: opts.signal });
      recorded += 1;
      failuresInRow = 0;
    } catch (err) {
      if (opts.signal.aborted) throw err;
      events.onTransientError(err);
      failuresInRow += 1;
      // the satellite uplink drops out between camps; back off instead of hammering it
      await sleep(Math.min(30_000, 500 * 2 ** failuresInRow), undefined, { signal: opts.signal });
    }
  }
  return recorded;
}

export function speedingReport(fixes: GpsFix[]): Array<{ unit: string; worstKmh: number; count: number }> {
  const byUnit = new Map<string, { unit: string; worstKmh: number; count: number }>();
  for (const fix of fixes) {
    if (fix.speedKmh <= MAX_SPEED_KMH) continue;
    const entry = byUnit.get(fix.unit) ?? { unit: fix.unit, worstKmh: 0, count: 0 };
    entry.worstKmh = Math.max(entry.worstKmh, fix.speedKmh);
    entry.count += 1;
    byUnit.set(fix.unit, entry);
  }
  return [...byUnit.values()].sort((a, b) => b.worstKmh - a.worstKmh);
}
