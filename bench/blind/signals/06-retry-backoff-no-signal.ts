// expect: require-signal-propagation
// The retry back-off awaits node:timers/promises setTimeout without the signal it has in hand, so an abort during back-off still waits out the full delay.

import { setTimeout as delay } from "node:timers/promises";

export interface PublishOptions {
  signal: AbortSignal;
  attempts?: number;
}

declare class EventBridge {
  putEvents(entries: object[], opts?: { signal?: AbortSignal }): Promise<{ failedCount: number }>;
}

export async function publishWithRetry(
  bridge: EventBridge,
  entries: object[],
  opts: PublishOptions,
): Promise<void> {
  const attempts = opts.attempts ?? 5;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    opts.signal.throwIfAborted();
    const { failedCount } = await bridge.putEvents(entries, { signal: opts.signal });
    if (failedCount === 0) {
      return;
    }
    if (attempt === attempts) {
      throw new Error(`${failedCount} events still failing after ${attempts} attempts`);
    }
    const backoffMs = Math.min(200 * 2 ** attempt, 10_000);
    await delay(backoffMs);
  }
}
