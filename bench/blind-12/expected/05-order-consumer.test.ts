// expect: none
// Async functions are passed as callbacks (hook, handler, map) where a function is expected, and every awaited value is a called result.
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Message {
  partition: number;
  offset: number;
  value: string;
}

class FakeBroker extends EventEmitter {
  committed = new Map<number, number>();

  async commit(partition: number, offset: number): Promise<void> {
    await new Promise((r) => setImmediate(r));
    this.committed.set(partition, offset);
  }

  async reset(): Promise<void> {
    this.committed.clear();
    this.removeAllListeners();
  }

  deliver(msg: Message): void {
    this.emit('message', msg);
  }
}

class OrderConsumer {
  readonly processed: string[] = [];
  private inFlight: Promise<void>[] = [];

  constructor(private readonly broker: FakeBroker) {}

  start(): void {
    this.broker.on('message', (msg: Message) => {
      this.inFlight.push(this.handle(msg));
    });
  }

  private async handle(msg: Message): Promise<void> {
    const order = JSON.parse(msg.value) as { id: string };
    this.processed.push(order.id);
    await this.broker.commit(msg.partition, msg.offset + 1);
  }

  async drain(): Promise<void> {
    const pending = this.inFlight.splice(0);
    await Promise.all(pending);
  }
}

const broker = new FakeBroker();
const seed = async () => {
  await Promise.all([0, 1, 2].map((p) => broker.commit(p, 0)));
};

describe('OrderConsumer', () => {
  let consumer: OrderConsumer;

  beforeEach(seed);
  beforeEach(() => {
    consumer = new OrderConsumer(broker);
    consumer.start();
  });
  afterEach(() => broker.reset());

  it('commits the next offset per partition', async () => {
    broker.deliver({ partition: 0, offset: 10, value: '{"id":"a"}' });
    broker.deliver({ partition: 1, offset: 4, value: '{"id":"b"}' });
    broker.deliver({ partition: 0, offset: 11, value: '{"id":"c"}' });
    await consumer.drain();

    assert.deepEqual(consumer.processed, ['a', 'b', 'c']);
    assert.equal(broker.committed.get(0), 12);
    assert.equal(broker.committed.get(1), 5);
    assert.equal(broker.committed.get(2), 0);
  });

  it('drain resolves immediately when idle', async () => {
    await consumer.drain();
    assert.deepEqual(consumer.processed, []);
  });
});
