// expect: no-reused-settled-promise
// The charge promise is created once before the retry loop, so every "retry" re-awaits the same already-rejected promise: no new charge is ever attempted and a transient gateway hiccup fails the checkout after a pointless back-off.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

export interface Basket {
  performanceId: string;
  seats: { id: string; priceCents: number }[];
  patronEmail: string;
  cardToken: string;
}

export interface ChargeResult {
  chargeId: string;
  amountCents: number;
}

export interface PaymentGateway {
  charge(cardToken: string, amountCents: number, idempotencyKey: string): Promise<ChargeResult>;
}

export interface SeatLedger {
  sell(performanceId: string, seatIds: string[], chargeId: string): Promise<void>;
  release(performanceId: string, seatIds: string[]): Promise<void>;
}

export class TransientGatewayError extends Error {
  override name = 'TransientGatewayError';
}

export class Checkout {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly ledger: SeatLedger,
    private readonly maxAttempts = 3,
  ) {}

  private async chargeWithRetry(basket: Basket, amountCents: number): Promise<ChargeResult> {
    // one idempotency key for the whole checkout so a retried charge cannot bill twice
    const key = randomUUID();
    const charge = this.gateway.charge(basket.cardToken, amountCents, key);

    for (let attempt = 1; ; attempt++) {
      try {
        return await charge;
      } catch (err) {
        if (!(err instanceof TransientGatewayError) || attempt >= this.maxAttempts) throw err;
        await sleep(400 * attempt);
      }
    }
  }

  async complete(basket: Basket): Promise<ChargeResult> {
    const seatIds = basket.seats.map((s) => s.id);
    const total = basket.seats.reduce((sum, s) => sum + s.priceCents, 0);
    if (total <= 0) throw new Error('empty basket');

    let result: ChargeResult;
    try {
      result = await this.chargeWithRetry(basket, total);
    } catch (err) {
      await this.ledger.release(basket.performanceId, seatIds);
      throw err;
    }

    await this.ledger.sell(basket.performanceId, seatIds, result.chargeId);
    return result;
  }
}
