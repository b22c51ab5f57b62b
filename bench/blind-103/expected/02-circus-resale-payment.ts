// expect: no-reused-settled-promise
// chargeWithRetry starts the charge once and then re-awaits that same settled promise on each "retry", so a transient gateway 503 is simply read back three times and no new charge attempt is ever made.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ResaleOrder {
  id: string;
  buyerId: string;
  paymentToken: string;
  totalCents: number;
}

export interface ChargeReceipt {
  chargeId: string;
  amountCents: number;
  capturedAt: string;
}

export interface PaymentGateway {
  charge(req: { token: string; amountCents: number; idempotencyKey: string }): Promise<ChargeReceipt>;
}

export class GatewayError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

function isRetryable(err: unknown): boolean {
  return err instanceof GatewayError && (err.status === 429 || err.status >= 500);
}

export async function chargeWithRetry(gateway: PaymentGateway, order: ResaleOrder, attempts = 3): Promise<ChargeReceipt> {
  const charge = gateway.charge({
    token: order.paymentToken,
    amountCents: order.totalCents,
    idempotencyKey: `resale-${order.id}`,
  });

  let lastErr: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await charge;
    } catch (err) {
      lastErr = err;
      if (!isRetryable(err) || attempt === attempts) break;
      await sleep(attempt * 400);
    }
  }
  throw lastErr;
}

export async function settleOrders(gateway: PaymentGateway, orders: ResaleOrder[]): Promise<Map<string, ChargeReceipt | Error>> {
  const outcome = new Map<string, ChargeReceipt | Error>();
  for (const order of orders) {
    try {
      outcome.set(order.id, await chargeWithRetry(gateway, order));
    } catch (err) {
      outcome.set(order.id, err instanceof Error ? err : new Error(String(err)));
    }
  }
  return outcome;
}
