// expect: none
// Correct: the caller's signal reaches both fetch (combined with a per-request timeout) and the backoff sleep, and the catch rethrows whenever the caller aborted.
import { setTimeout as sleep } from 'node:timers/promises';

export interface StationObservation {
  stationId: string;
  observedAt: string;
  newSnowCm: number;
  windSpeedKmh: number;
  windDir: string;
  airTempC: number;
}

export interface PollerOptions {
  feedUrl: string;
  intervalMs?: number;
  requestTimeoutMs?: number;
  signal: AbortSignal;
  onBatch(batch: StationObservation[]): Promise<void>;
}

export async function pollStationFeed(opts: PollerOptions): Promise<void> {
  const { feedUrl, intervalMs = 60_000, requestTimeoutMs = 10_000, signal, onBatch } = opts;
  let cursor: string | null = null;
  let failures = 0;

  while (!signal.aborted) {
    try {
      const url = new URL(feedUrl);
      if (cursor) url.searchParams.set('after', cursor);

      const res = await fetch(url, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(requestTimeoutMs)]),
      });
      if (!res.ok) throw new Error(`feed responded ${res.status}`);

      const body = (await res.json()) as { items: StationObservation[]; cursor: string | null };
      if (body.items.length > 0) {
        await onBatch(body.items);
      }
      cursor = body.cursor ?? cursor;
      failures = 0;
    } catch (err) {
      if (signal.aborted) throw err;
      failures += 1;
      // Request timeouts and 5xx are routine on the mountain links; keep going with backoff.
      console.warn(`station feed poll failed (${failures})`, err instanceof Error ? err.message : err);
    }

    const backoff = failures === 0 ? intervalMs : Math.min(intervalMs * 2 ** failures, 15 * 60_000);
    await sleep(backoff, undefined, { signal });
  }

  signal.throwIfAborted();
}

export function startFeed(feedUrl: string, onBatch: PollerOptions['onBatch']): { stop(): Promise<void> } {
  const controller = new AbortController();
  const running = pollStationFeed({ feedUrl, onBatch, signal: controller.signal }).catch((err: unknown) => {
    if (!controller.signal.aborted) console.error('station feed stopped unexpectedly', err);
  });
  return {
    async stop() {
      controller.abort();
      await running;
    },
  };
}
