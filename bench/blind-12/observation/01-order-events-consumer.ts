// expect: no-floating-promises
// Async callback passed to forEach: each handler promise is dropped, so its rejection goes unobserved and the offset commits before handling finishes.
import { EventEmitter } from 'node:events';

export interface ConsumerMessage {
  topic: string;
  partition: number;
  offset: bigint;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

export interface FetchedBatch {
  topic: string;
  partition: number;
  messages: ConsumerMessage[];
  highWatermark: bigint;
}

declare const broker: {
  fetch(group: string, topics: string[], opts: { maxWaitMs: number; maxBytes: number }): Promise<FetchedBatch[]>;
  commit(group: string, topic: string, partition: number, offset: bigint): Promise<void>;
};

declare const orders: {
  upsert(id: string, payload: Record<string, unknown>): Promise<void>;
  markCancelled(id: string, reason: string): Promise<void>;
};

type Handler = (msg: ConsumerMessage) => Promise<void>;

export class OrderEventsConsumer extends EventEmitter {
  private running = false;
  private readonly handlers = new Map<string, Handler>();

  constructor(
    private readonly group: string,
    private readonly topics: string[],
  ) {
    super();
    this.handlers.set('order.created', (m) => this.onUpsert(m));
    this.handlers.set('order.updated', (m) => this.onUpsert(m));
    this.handlers.set('order.cancelled', (m) => this.onCancelled(m));
  }

  async start(): Promise<void> {
    this.running = true;
    while (this.running) {
      const batches = await broker.fetch(this.group, this.topics, {
        maxWaitMs: 500,
        maxBytes: 1 << 20,
      });
      for (const batch of batches) {
        await this.processBatch(batch);
      }
    }
  }

  stop(): void {
    this.running = false;
  }

  private async processBatch(batch: FetchedBatch): Promise<void> {
    if (batch.messages.length === 0) return;

    batch.messages.forEach(async (msg) => {
      const type = msg.headers['event-type'];
      const handler = type ? this.handlers.get(type) : undefined;
      if (!handler) {
        this.emit('skipped', msg);
        return;
      }
      await handler(msg);
      this.emit('processed', msg);
    });

    const last = batch.messages[batch.messages.length - 1];
    await broker.commit(this.group, batch.topic, batch.partition, last.offset + 1n);
    this.emit('committed', { topic: batch.topic, partition: batch.partition, offset: last.offset });
  }

  private decode(msg: ConsumerMessage): Record<string, unknown> {
    const body = JSON.parse(msg.value.toString('utf8')) as Record<string, unknown>;
    if (typeof body.orderId !== 'string') {
      throw new Error(`message at ${msg.topic}/${msg.partition}@${msg.offset} has no orderId`);
    }
    return body;
  }

  private async onUpsert(msg: ConsumerMessage): Promise<void> {
    const body = this.decode(msg);
    await orders.upsert(body.orderId as string, body);
  }

  private async onCancelled(msg: ConsumerMessage): Promise<void> {
    const body = this.decode(msg);
    const reason = typeof body.reason === 'string' ? body.reason : 'unspecified';
    await orders.markCancelled(body.orderId as string, reason);
  }
}
