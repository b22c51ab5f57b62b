// expect: none
// The hold deferred listens for confirmed, declined and error, clears its expiry timer and detaches every listener in one cleanup, so it settles exactly once whatever the channel does.
import { EventEmitter } from 'node:events';

export interface SuiteHold {
  holdId: string;
  suite: string;
  nights: number;
}

export interface Confirmation {
  holdId: string;
  folio: string;
}

export interface PaymentChannel extends EventEmitter {
  requestCharge(holdId: string, amountCents: number): void;
}

export class HoldExpiredError extends Error {
  constructor(readonly holdId: string) {
    super(`hold ${holdId} expired before payment confirmed`);
    this.name = 'HoldExpiredError';
  }
}

export class ReservationDesk {
  private readonly pending = new Map<string, Promise<Confirmation>>();

  constructor(
    private readonly channel: PaymentChannel,
    private readonly holdMs = 10 * 60_000,
  ) {}

  confirm(hold: SuiteHold, amountCents: number): Promise<Confirmation> {
    const existing = this.pending.get(hold.holdId);
    if (existing) return existing;

    const { promise, resolve, reject } = Promise.withResolvers<Confirmation>();

    const onConfirmed = (holdId: string, folio: string) => {
      if (holdId !== hold.holdId) return;
      cleanup();
      resolve({ holdId, folio });
    };
    const onDeclined = (holdId: string, reason: string) => {
      if (holdId !== hold.holdId) return;
      cleanup();
      reject(new Error(`payment declined for ${hold.suite}: ${reason}`));
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const expiry = setTimeout(() => {
      cleanup();
      reject(new HoldExpiredError(hold.holdId));
    }, this.holdMs);

    const cleanup = () => {
      clearTimeout(expiry);
      this.channel.off('confirmed', onConfirmed);
      this.channel.off('declined', onDeclined);
      this.channel.off('error', onError);
      this.pending.delete(hold.holdId);
    };

    this.channel.on('confirmed', onConfirmed);
    this.channel.on('declined', onDeclined);
    this.channel.on('error', onError);
    this.pending.set(hold.holdId, promise);

    try {
      this.channel.requestCharge(hold.holdId, amountCents);
    } catch (err) {
      cleanup();
      reject(err);
    }
    return promise;
  }
}
