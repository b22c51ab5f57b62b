// expect: no-floating-promises
// The subscriber's message listener is async but the client ignores its return value, so a failing inventory reservation becomes an unhandled rejection (crashing the worker) and the message is never nacked.
export interface OrderPlaced {
  orderId: string;
  sku: string;
  quantity: number;
  warehouseId: string;
}

export interface IncomingMessage<T> {
  id: string;
  data: T;
  deliveryAttempt: number;
  ack(): Promise<void>;
  nack(opts?: { requeueDelayMs?: number }): Promise<void>;
}

export interface Subscription<T> {
  on(event: 'message', listener: (msg: IncomingMessage<T>) => void): this;
  on(event: 'error', listener: (err: Error) => void): this;
  close(): Promise<void>;
}

declare const pubsub: {
  subscribe<T>(topic: string, opts: { maxInFlight: number }): Subscription<T>;
};
declare const inventory: {
  reserve(input: { sku: string; quantity: number; warehouseId: string; reference: string }): Promise<{ reservationId: string }>;
};
declare const metrics: { increment(name: string, tags?: Record<string, string>): void };

export function startReservationWorker(topic = 'orders.placed'): Subscription<OrderPlaced> {
  const subscription = pubsub.subscribe<OrderPlaced>(topic, { maxInFlight: 16 });

  subscription.on('message', async (msg) => {
    const { orderId, sku, quantity, warehouseId } = msg.data;
    if (quantity <= 0) {
      console.warn(`[reservations] ignoring order ${orderId} with quantity ${quantity}`);
      await msg.ack();
      return;
    }

    const { reservationId } = await inventory.reserve({ sku, quantity, warehouseId, reference: orderId });
    metrics.increment('reservations.created', { warehouse: warehouseId });
    console.info(`[reservations] order ${orderId}: reserved ${quantity}x${sku} (${reservationId})`);
    await msg.ack();
  });

  subscription.on('error', (err) => {
    metrics.increment('reservations.subscription_error');
    console.error('[reservations] subscription error', err);
  });

  return subscription;
}
