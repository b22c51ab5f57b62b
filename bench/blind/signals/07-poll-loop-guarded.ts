// expect: none
// The polling loop is guarded by while (!signal.aborted), and both the status request and the sleep take the signal, so the worker stops promptly on abort.

import { setTimeout as sleep } from "node:timers/promises";

interface QueueStats {
  depth: number;
  oldestAgeSec: number;
}

declare function readQueueStats(queue: string, opts: { signal?: AbortSignal }): Promise<QueueStats>;
declare function emitGauge(name: string, value: number): void;

export async function watchQueueDepth(queue: string, signal: AbortSignal, everyMs = 15_000): Promise<void> {
  while (!signal.aborted) {
    const stats = await readQueueStats(queue, { signal });
    emitGauge(`queue.${queue}.depth`, stats.depth);
    emitGauge(`queue.${queue}.oldest_age`, stats.oldestAgeSec);
    await sleep(everyMs, undefined, { signal });
  }
}
