// expect: no-reused-settled-promise
// chargeWithRetry's .catch handler "retries" by recursing on the same already-rejected `pending` promise instead of calling the gateway again, so each retry just re-reads the first failure and a momentary gateway glitch fails the ticket sale without any second charge attempt.
import { setTimeout as sleep } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

export interface CardToken {
  token: string;
  last4: string;
}

export interface Receipt {
  authCode: string;
  amountCents: number;
  reference: string;
}

interface PaymentGateway {
  charge(card: CardToken, amountCents: number, reference: string): Promise<Receipt>;
  voidCharge(reference: string): Promise<void>;
}

export class RetryableGatewayError extends Error {
  override readonly name = 'RetryableGatewayError';
}

export class KioskPayments {
  constructor(
    private readonly gateway: PaymentGateway,
    private readonly kioskId: string,
  ) {}

  private chargeWithRetry(pending: Promise<Receipt>, attemptsLeft: number): Promise<Receipt> {
    return pending.catch(async (err: unknown) => {
      if (!(err instanceof RetryableGatewayError) || attemptsLeft <= 0) throw err;
      await sleep(400);
      return this.chargeWithRetry(pending, attemptsLeft - 1);
    });
  }

  async payForTickets(card: CardToken, amountCents: number): Promise<Receipt> {
    if (amountCents <= 0) throw new Error('nothing to charge');
    const reference = `${this.kioskId}-${randomUUID()}`;
    const receipt = await this.chargeWithRetry(this.gateway.charge(card, amountCents, reference), 2);
    if (receipt.amountCents !== amountCents) {
      await this.gateway.voidCharge(reference);
      throw new Error(`gateway charged ${receipt.amountCents} instead of ${amountCents}; voided`);
    }
    return receipt;
  }

  async refund(receipt: Receipt): Promise<void> {
    await this.gateway.voidCharge(receipt.reference);
  }
}

export function receiptText(kiosk: string, card: CardToken, receipt: Receipt): string {
  return [
    `FERRY KIOSK ${kiosk}`,
    `Card ****${card.last4}`,
    `Amount $${(receipt.amountCents / 100).toFixed(2)}`,
    `Auth ${receipt.authCode}`,
    `Ref ${receipt.reference}`,
  ].join('\n');
}
