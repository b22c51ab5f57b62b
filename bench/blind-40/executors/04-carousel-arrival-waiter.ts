// expect: none
// Each stored deferred is removed from the map before it is settled and its timer is cleared, so every waiter settles exactly once.
import { EventEmitter } from 'node:events';

export interface BagEvent {
  tag: string;
  carouselId: string;
  flight: string;
  seenAt: number;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: Error): void;
}

function createDeferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class BagTimeoutError extends Error {
  constructor(readonly tag: string, timeoutMs: number) {
    super(`bag ${tag} did not reach a carousel within ${timeoutMs}ms`);
    this.name = 'BagTimeoutError';
  }
}

interface Waiter {
  deferred: Deferred<BagEvent>;
  timer: NodeJS.Timeout;
}

export class CarouselArrivalTracker {
  private readonly waiters = new Map<string, Waiter>();
  private closed = false;

  constructor(private readonly feed: EventEmitter) {
    feed.on('bag', this.onBag);
    feed.on('error', this.onFeedError);
  }

  waitForBag(tag: string, timeoutMs = 20 * 60_000): Promise<BagEvent> {
    if (this.closed) {
      return Promise.reject(new Error('arrival tracker is closed'));
    }
    const existing = this.waiters.get(tag);
    if (existing) return existing.deferred.promise;

    const deferred = createDeferred<BagEvent>();
    const timer = setTimeout(() => {
      this.waiters.delete(tag);
      deferred.reject(new BagTimeoutError(tag, timeoutMs));
    }, timeoutMs);
    this.waiters.set(tag, { deferred, timer });
    return deferred.promise;
  }

  pending(): string[] {
    return [...this.waiters.keys()];
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.feed.off('bag', this.onBag);
    this.feed.off('error', this.onFeedError);
    this.rejectAll(new Error('arrival tracker closed'));
  }

  private readonly onBag = (event: BagEvent): void => {
    const waiter = this.waiters.get(event.tag);
    if (!waiter) return;
    this.waiters.delete(event.tag);
    clearTimeout(waiter.timer);
    waiter.deferred.resolve(event);
  };

  private readonly onFeedError = (err: Error): void => {
    this.rejectAll(new Error('carousel feed failed', { cause: err }));
  };

  private rejectAll(reason: Error): void {
    const waiters = [...this.waiters.values()];
    this.waiters.clear();
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.deferred.reject(reason);
    }
  }
}

export async function notifyPassenger(
  tracker: CarouselArrivalTracker,
  tag: string,
  send: (message: string) => Promise<void>,
): Promise<void> {
  const event = await tracker.waitForBag(tag);
  await send(`Your bag ${event.tag} from ${event.flight} is on carousel ${event.carouselId}.`);
}
