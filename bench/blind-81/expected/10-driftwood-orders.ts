// expect: none
// withRetry and pollUntil take factories and call them on every attempt, so each retry and each poll awaits a fresh request.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CarvingOrder {
  orderId: string;
  pieceId: string;
  buyer: { name: string; email: string; country: string };
  priceCents: number;
}

export interface ShipmentStatus {
  trackingId: string;
  state: 'label-created' | 'in-transit' | 'customs' | 'delivered' | 'returned';
  updatedAt: string;
}

declare const gallery: {
  reservePiece(pieceId: string, orderId: string): Promise<{ reserved: boolean }>;
  submitOrder(order: CarvingOrder): Promise<{ trackingId: string }>;
};
declare const courier: {
  status(trackingId: string): Promise<ShipmentStatus>;
};

class RetryableError extends Error {}

async function withRetry<T>(
  attempt: () => Promise<T>,
  { tries, baseDelayMs }: { tries: number; baseDelayMs: number },
): Promise<T> {
  let lastError: unknown;
  for (let n = 0; n < tries; n++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (!(err instanceof RetryableError)) throw err;
      await sleep(baseDelayMs * 2 ** n);
    }
  }
  throw lastError;
}

async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs, maxPolls }: { intervalMs: number; maxPolls: number },
): Promise<T> {
  let latest = await read();
  for (let poll = 1; poll < maxPolls && !done(latest); poll++) {
    await sleep(intervalMs);
    latest = await read();
  }
  return latest;
}

export async function placeOrder(order: CarvingOrder): Promise<string> {
  const { reserved } = await withRetry(() => gallery.reservePiece(order.pieceId, order.orderId), {
    tries: 3,
    baseDelayMs: 200,
  });
  if (!reserved) throw new Error(`piece ${order.pieceId} has already been sold`);

  const { trackingId } = await withRetry(
    async () => {
      try {
        return await gallery.submitOrder(order);
      } catch (err) {
        if (err instanceof Error && /timeout|503/i.test(err.message)) throw new RetryableError(err.message);
        throw err;
      }
    },
    { tries: 4, baseDelayMs: 500 },
  );
  return trackingId;
}

export async function awaitDelivery(trackingId: string): Promise<ShipmentStatus> {
  const final = await pollUntil(
    () => courier.status(trackingId),
    (status) => status.state === 'delivered' || status.state === 'returned',
    { intervalMs: 60_000, maxPolls: 30 },
  );
  if (final.state === 'returned') {
    throw new Error(`carving shipment ${trackingId} was returned to the workshop`);
  }
  return final;
}

export function customsNote(order: CarvingOrder): string {
  const value = (order.priceCents / 100).toFixed(2);
  return `Hand-carved driftwood sculpture (${order.pieceId}), no bark or insects, declared value ${value} EUR`;
}
