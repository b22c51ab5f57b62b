// expect: none
// Each stored deferred is removed from the pending set and its timer cleared before it is settled, so a waiter settles once whether a gust, a fault or the timeout comes first.
import { EventEmitter } from 'node:events';

export interface GustSample {
  stationId: string;
  at: number;
  meanKts: number;
  gustKts: number;
  directionDeg: number;
}

interface Waiter {
  thresholdKts: number;
  resolve: (sample: GustSample) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export class GustWatch extends EventEmitter {
  private readonly waiters = new Set<Waiter>();
  private latest: GustSample | undefined;

  ingest(sample: GustSample): void {
    this.latest = sample;
    for (const waiter of [...this.waiters]) {
      if (sample.gustKts >= waiter.thresholdKts) {
        this.settle(waiter, () => waiter.resolve(sample));
      }
    }
    this.emit('sample', sample);
  }

  fail(error: Error): void {
    for (const waiter of [...this.waiters]) {
      this.settle(waiter, () => waiter.reject(error));
    }
  }

  nextGustAbove(thresholdKts: number, timeoutMs: number): Promise<GustSample> {
    let resolve!: (sample: GustSample) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<GustSample>((res, rej) => {
      resolve = res;
      reject = rej;
    });

    const waiter: Waiter = {
      thresholdKts,
      resolve,
      reject,
      timer: setTimeout(() => {
        this.settle(waiter, () =>
          waiter.reject(new Error(`no gust above ${thresholdKts} kts within ${timeoutMs} ms`)),
        );
      }, timeoutMs),
    };
    this.waiters.add(waiter);
    return promise;
  }

  get pendingWaiters(): number {
    return this.waiters.size;
  }

  get lastSample(): GustSample | undefined {
    return this.latest;
  }

  private settle(waiter: Waiter, action: () => void): void {
    if (!this.waiters.delete(waiter)) return;
    clearTimeout(waiter.timer);
    action();
  }
}

export function launchWindowClosed(watch: GustWatch, limitKts: number): Promise<boolean> {
  return watch.nextGustAbove(limitKts, 10 * 60_000).then(
    () => true,
    () => false,
  );
}
