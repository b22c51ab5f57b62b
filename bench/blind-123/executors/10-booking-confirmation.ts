// expect: none
// Each stored deferred keeps its timeout handle, which is cleared and the entry deleted before resolve or reject, so no deferred can be settled twice or left hanging.
import { EventEmitter } from 'node:events';

export interface DepositWebhook {
  bookingId: string;
  status: 'paid' | 'declined';
  amountCents: number;
}

export interface ConfirmedBooking {
  bookingId: string;
  artist: string;
  depositCents: number;
}

interface Waiter {
  artist: string;
  deferred: PromiseWithResolvers<ConfirmedBooking>;
  timer: NodeJS.Timeout;
}

export class BookingConfirmations extends EventEmitter {
  private readonly waiting = new Map<string, Waiter>();

  constructor(private readonly holdMs = 15 * 60_000) {
    super();
  }

  awaitDeposit(bookingId: string, artist: string): Promise<ConfirmedBooking> {
    if (this.waiting.has(bookingId)) {
      return Promise.reject(new Error(`booking ${bookingId} is already waiting for a deposit`));
    }
    const deferred = Promise.withResolvers<ConfirmedBooking>();
    const timer = setTimeout(() => {
      this.waiting.delete(bookingId);
      this.emit('expired', bookingId);
      deferred.reject(new Error(`deposit for booking ${bookingId} not received; slot with ${artist} released`));
    }, this.holdMs);
    this.waiting.set(bookingId, { artist, deferred, timer });
    return deferred.promise;
  }

  handleWebhook(event: DepositWebhook): boolean {
    const waiter = this.waiting.get(event.bookingId);
    if (!waiter) return false;
    clearTimeout(waiter.timer);
    this.waiting.delete(event.bookingId);
    if (event.status === 'paid') {
      waiter.deferred.resolve({
        bookingId: event.bookingId,
        artist: waiter.artist,
        depositCents: event.amountCents,
      });
    } else {
      waiter.deferred.reject(new Error(`deposit for booking ${event.bookingId} was declined`));
    }
    return true;
  }

  cancel(bookingId: string, reason = 'cancelled by studio'): void {
    const waiter = this.waiting.get(bookingId);
    if (!waiter) return;
    clearTimeout(waiter.timer);
    this.waiting.delete(bookingId);
    waiter.deferred.reject(new Error(`booking ${bookingId}: ${reason}`));
  }

  shutdown(): void {
    for (const [bookingId, waiter] of this.waiting) {
      clearTimeout(waiter.timer);
      waiter.deferred.reject(new Error(`booking ${bookingId}: confirmation service stopping`));
    }
    this.waiting.clear();
  }

  pendingCount(): number {
    return this.waiting.size;
  }
}
