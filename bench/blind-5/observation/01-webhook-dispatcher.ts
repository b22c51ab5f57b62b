// expect: none
// The emitter is built with captureRejections: true and defines the capture-rejection hook, so a rejection from the async 'delivery' listener is routed to that hook (which logs and nacks the delivery) instead of becoming an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface Delivery {
  id: string;
  url: string;
  body: string;
  attempt: number;
  secret: string;
}

declare const queue: {
  receive(max: number): Promise<Delivery[]>;
  ack(id: string): Promise<void>;
  nack(id: string, retryInMs: number): Promise<void>;
};
declare function hmacSha256Hex(secret: string, body: string): string;
declare const log: { warn(msg: string, meta?: object): void; error(msg: string, meta?: object): void };

export class DeliveryFailed extends Error {
  constructor(
    readonly delivery: Delivery,
    readonly status: number,
  ) {
    super(`webhook ${delivery.id} to ${new URL(delivery.url).host} answered ${status}`);
  }
}

export class WebhookDispatcher extends EventEmitter {
  constructor() {
    super({ captureRejections: true });
    this.on('delivery', async (d: Delivery) => {
      const res = await fetch(d.url, {
        method: 'POST',
        body: d.body,
        headers: { 'content-type': 'application/json', 'x-signature': hmacSha256Hex(d.secret, d.body) },
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new DeliveryFailed(d, res.status);
      await queue.ack(d.id);
    });
  }

  [EventEmitter.captureRejectionSymbol](err: Error, event: string | symbol, ...args: unknown[]): void {
    const delivery = args[0] as Delivery;
    const retryInMs = Math.min(1_000 * 2 ** delivery.attempt, 3_600_000);
    log.warn('webhook delivery failed', { event: String(event), id: delivery.id, err: err.message, retryInMs });
    queue.nack(delivery.id, retryInMs).catch((nackErr: unknown) => {
      log.error('could not nack webhook delivery; it will be redelivered after visibility timeout', {
        id: delivery.id,
        err: String(nackErr),
      });
    });
  }

  async pump(batchSize = 20): Promise<number> {
    const batch = await queue.receive(batchSize);
    for (const delivery of batch) this.emit('delivery', delivery);
    return batch.length;
  }
}
