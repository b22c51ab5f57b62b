// expect: no-multiple-settle
// The hold-expiry timer is never cleared when payment confirms, so after the promise resolves the timer still fires and calls reject (and releases the seats) on an already-settled hold.
import { EventEmitter } from 'node:events';

export interface SeatRef {
  performanceId: string;
  row: string;
  number: number;
}

export interface PaymentConfirmation {
  holdId: string;
  paymentRef: string;
  amountPence: number;
}

export interface SeatInventory {
  hold(seats: SeatRef[], holdId: string): Promise<void>;
  release(holdId: string): Promise<void>;
  commit(holdId: string, paymentRef: string): Promise<void>;
}

export class HoldExpiredError extends Error {
  constructor(readonly holdId: string) {
    super(`hold ${holdId} expired before payment`);
    this.name = 'HoldExpiredError';
  }
}

export class BoxOfficeCheckout {
  private readonly payments = new EventEmitter();
  private seq = 0;

  constructor(
    private readonly inventory: SeatInventory,
    private readonly holdMs = 8 * 60_000,
  ) {}

  /** Called by the payment webhook handler. */
  notifyPayment(confirmation: PaymentConfirmation): void {
    this.payments.emit(`paid:${confirmation.holdId}`, confirmation);
  }

  async reserve(seats: SeatRef[]): Promise<{ holdId: string; confirmed: Promise<PaymentConfirmation> }> {
    const holdId = `H${Date.now().toString(36)}-${++this.seq}`;
    await this.inventory.hold(seats, holdId);
    return { holdId, confirmed: this.awaitPayment(holdId) };
  }

  private awaitPayment(holdId: string): Promise<PaymentConfirmation> {
    return new Promise<PaymentConfirmation>((resolve, reject) => {
      const onPaid = (confirmation: PaymentConfirmation) => {
        this.inventory
          .commit(holdId, confirmation.paymentRef)
          .then(() => resolve(confirmation), reject);
      };

      setTimeout(() => {
        this.payments.off(`paid:${holdId}`, onPaid);
        this.inventory.release(holdId).then(() => reject(new HoldExpiredError(holdId)), reject);
      }, this.holdMs);

      this.payments.once(`paid:${holdId}`, onPaid);
    });
  }
}

export function describeSeats(seats: SeatRef[]): string {
  const byRow = new Map<string, number[]>();
  for (const s of seats) {
    const list = byRow.get(s.row) ?? [];
    list.push(s.number);
    byRow.set(s.row, list);
  }
  return [...byRow.entries()]
    .map(([row, nums]) => `${row}${nums.sort((a, b) => a - b).join('/')}`)
    .join(', ');
}
