// expect: none
// Each loop iteration calls gateway.paymentStatus again, so the poll sees fresh states until the payment settles or the deadline passes.
import { setTimeout as sleep } from 'node:timers/promises';

export type PaymentState = 'pending' | 'authorised' | 'captured' | 'declined' | 'expired';

export interface PaymentGateway {
  paymentStatus(intentId: string): Promise<{ state: PaymentState; amountChf: number }>;
}

export interface BookingRepo {
  markPaid(bookingRef: string, amountChf: number): Promise<void>;
  releaseBeds(bookingRef: string): Promise<void>;
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
}

const FINAL: ReadonlySet<PaymentState> = new Set(['captured', 'declined', 'expired']);

export class DepositPoller {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly bookings: BookingRepo,
    private readonly options: PollOptions = { intervalMs: 2_000, timeoutMs: 120_000 },
  ) {}

  async awaitFinalState(intentId: string): Promise<{ state: PaymentState; amountChf: number }> {
    const deadline = Date.now() + this.options.timeoutMs;
    let interval = this.options.intervalMs;
    for (;;) {
      const status = await this.gateway.paymentStatus(intentId);
      if (FINAL.has(status.state)) return status;
      if (Date.now() + interval > deadline) {
        throw new Error(`payment ${intentId} still ${status.state} at deadline`);
      }
      await sleep(interval);
      interval = Math.min(interval * 1.5, 15_000);
    }
  }

  async settleDeposit(bookingRef: string, intentId: string): Promise<boolean> {
    const { state, amountChf } = await this.awaitFinalState(intentId);
    if (state === 'captured') {
      await this.bookings.markPaid(bookingRef, amountChf);
      return true;
    }
    await this.bookings.releaseBeds(bookingRef);
    return false;
  }
}
