// expect: none
// The received signal is observed: throwIfAborted() between readings and it is handed to events.once and the timers/promises delay.
import { EventEmitter, once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";

export interface GustReading {
  towerId: string;
  speedMs: number;
  directionDeg: number;
}

export interface WatchOptions {
  signal: AbortSignal;
  gustLimitMs: number;
  settleMs?: number;
}

interface AnemometerFeed extends EventEmitter {
  towerId: string;
}

declare const lift: {
  slowTo(percent: number, reason: string): Promise<void>;
  stop(reason: string): Promise<void>;
  resume(): Promise<void>;
};
declare const opsChannel: { post(text: string): Promise<void> };

export async function watchGusts(feed: AnemometerFeed, options: WatchOptions): Promise<void> {
  const { signal, gustLimitMs, settleMs = 120_000 } = options;
  let slowed = false;

  while (true) {
    signal.throwIfAborted();
    const [reading] = (await once(feed, "reading", { signal })) as [GustReading];

    if (reading.speedMs >= gustLimitMs) {
      await lift.stop(`gust ${reading.speedMs.toFixed(1)} m/s at ${reading.towerId}`);
      await opsChannel.post(`Lift stopped: ${reading.speedMs.toFixed(1)} m/s from ${reading.directionDeg} deg`);
      await delay(settleMs, undefined, { signal });
      await lift.resume();
      slowed = false;
      continue;
    }

    if (reading.speedMs >= gustLimitMs * 0.75 && !slowed) {
      await lift.slowTo(60, `gusts approaching limit at ${reading.towerId}`);
      slowed = true;
    } else if (reading.speedMs < gustLimitMs * 0.5 && slowed) {
      await lift.resume();
      slowed = false;
    }
  }
}

export function startWatching(
  feeds: AnemometerFeed[],
  gustLimitMs: number,
  onFailure: (towerId: string, err: unknown) => void,
): { stop(): Promise<void> } {
  const controller = new AbortController();
  const runs = feeds.map((feed) =>
    watchGusts(feed, { signal: controller.signal, gustLimitMs }).catch((err: unknown) => {
      // Our own stop() is the only thing that aborts this controller.
      if (!controller.signal.aborted) onFailure(feed.towerId, err);
    }),
  );
  return {
    async stop() {
      controller.abort();
      await Promise.all(runs);
    },
  };
}
