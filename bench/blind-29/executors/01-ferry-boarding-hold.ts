// expect: none
// Each hold deferred is removed from the pending map before settling, its timer cleared and abort listener detached, so every outcome settles it exactly once.
import { EventEmitter } from 'node:events';

export interface SeatHold {
  sailingId: string;
  seat: string;
  vehicleLane?: string;
  expiresAt: number;
}

interface PendingHold {
  resolve: (hold: SeatHold) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
  signal?: AbortSignal;
  onAbort: () => void;
}

declare const inventory: {
  requestHold(sailingId: string, seat: string, correlationId: string): void;
  releaseHold(sailingId: string, seat: string): void;
  events: EventEmitter;
};

export class BoardingHoldClient {
  private readonly pending = new Map<string, PendingHold>();
  private seq = 0;

  constructor(private readonly timeoutMs = 8_000) {
    inventory.events.on('hold-granted', (correlationId: string, hold: SeatHold) => {
      const entry = this.take(correlationId);
      if (entry) {
        entry.resolve(hold);
      } else {
        // The caller gave up on this one already; don't keep the seat locked.
        inventory.releaseHold(hold.sailingId, hold.seat);
      }
    });
    inventory.events.on('hold-denied', (correlationId: string, reason: string) => {
      this.take(correlationId)?.reject(new Error(`Hold denied: ${reason}`));
    });
  }

  get inFlight(): number {
    return this.pending.size;
  }

  hold(sailingId: string, seat: string, signal?: AbortSignal): Promise<SeatHold> {
    if (signal?.aborted) {
      return Promise.reject(new Error('Hold request cancelled before it was sent'));
    }

    const correlationId = `hold-${Date.now().toString(36)}-${++this.seq}`;
    const { promise, resolve, reject } = Promise.withResolvers<SeatHold>();

    const onAbort = () => {
      this.take(correlationId)?.reject(new Error('Hold request cancelled'));
    };
    const timer = setTimeout(() => {
      this.take(correlationId)?.reject(
        new Error(`Inventory did not answer for ${sailingId}/${seat} within ${this.timeoutMs}ms`),
      );
    }, this.timeoutMs);

    signal?.addEventListener('abort', onAbort, { once: true });
    this.pending.set(correlationId, { resolve, reject, timer, signal, onAbort });

    try {
      inventory.requestHold(sailingId, seat, correlationId);
    } catch (err) {
      this.take(correlationId)?.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  cancelAll(reason = 'Ticketing client shutting down'): void {
    for (const id of [...this.pending.keys()]) {
      this.take(id)?.reject(new Error(reason));
    }
  }

  private take(correlationId: string): PendingHold | undefined {
    const entry = this.pending.get(correlationId);
    if (!entry) return undefined;
    this.pending.delete(correlationId);
    clearTimeout(entry.timer);
    entry.signal?.removeEventListener('abort', entry.onAbort);
    return entry;
  }
}
