// expect: none
// retry() takes a factory and calls it on every attempt; the shared route promise is deliberately reused by concurrent callers and dropped from the cache when it fails.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CartRoute {
  cartId: string;
  stops: { street: string; arriveAt: string }[];
}

export interface SharpeningOrder {
  orderId: string;
  customer: string;
  blades: { kind: 'chef' | 'paring' | 'scissors' | 'cleaver'; count: number }[];
  street: string;
}

export interface Charge {
  chargeId: string;
  amountPence: number;
}

declare const routePlanner: {
  fetchRoute(cartId: string, day: string): Promise<CartRoute>;
};

declare const paymentGateway: {
  charge(orderId: string, amountPence: number, idempotencyKey: string): Promise<Charge>;
};

class GatewayError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'GatewayError';
  }
}

const PRICE_PENCE = { chef: 600, paring: 400, scissors: 500, cleaver: 800 } as const;

export async function retry<T>(
  attempt: () => Promise<T>,
  { tries = 3, baseDelayMs = 200 }: { tries?: number; baseDelayMs?: number } = {},
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      const retryable = err instanceof GatewayError && (err.status === 429 || err.status >= 500);
      if (!retryable || i === tries - 1) break;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

export class CartDesk {
  private routeRequests = new Map<string, Promise<CartRoute>>();

  constructor(
    private readonly cartId: string,
    private readonly day: string,
  ) {}

  route(): Promise<CartRoute> {
    let request = this.routeRequests.get(this.day);
    if (!request) {
      request = routePlanner.fetchRoute(this.cartId, this.day).catch((err: unknown) => {
        this.routeRequests.delete(this.day);
        throw err;
      });
      this.routeRequests.set(this.day, request);
    }
    return request;
  }

  async acceptOrder(order: SharpeningOrder): Promise<{ charge: Charge; arriveAt: string }> {
    const route = await this.route();
    const stop = route.stops.find((s) => s.street === order.street);
    if (!stop) throw new Error(`cart ${this.cartId} does not visit ${order.street} on ${this.day}`);

    const amount = order.blades.reduce((sum, b) => sum + PRICE_PENCE[b.kind] * b.count, 0);
    const key = `${order.orderId}:${amount}`;
    const charge = await retry(() => paymentGateway.charge(order.orderId, amount, key), { tries: 4 });
    return { charge, arriveAt: stop.arriveAt };
  }
}
