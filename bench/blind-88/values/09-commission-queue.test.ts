// expect: none
// Every assertion on an async result awaits it first; the one check on the raw promise is an instanceof test of the return type, and the notified list written by the mock callback is read only after awaiting the call that fires it.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Commission {
  id: string;
  piece: 'vase' | 'bowl' | 'paperweight' | 'chandelier-arm';
  colours: string[];
  dueDate: string;
}

type Notifier = (id: string, message: string) => Promise<void>;

class CommissionQueue {
  private readonly queue: Commission[] = [];
  private open = false;

  constructor(private readonly notify: Notifier, private readonly capacityPerWeek = 12) {}

  start() {
    this.open = true;
  }

  stop() {
    this.open = false;
    this.queue.length = 0;
  }

  async isAccepting(): Promise<boolean> {
    return this.open && this.queue.length < this.capacityPerWeek;
  }

  async submit(c: Commission): Promise<number> {
    if (!(await this.isAccepting())) throw new Error('studio is not taking commissions');
    this.queue.push(c);
    await this.notify(c.id, `Commission ${c.id} accepted, position ${this.queue.length}`);
    return this.queue.length;
  }
}

const vase = (id: string): Commission => ({ id, piece: 'vase', colours: ['cobalt'], dueDate: '2025-06-01' });

describe('CommissionQueue', () => {
  let notified: string[];
  let notify: ReturnType<typeof mock.fn<Notifier>>;
  let queue: CommissionQueue;

  beforeEach(() => {
    notified = [];
    notify = mock.fn<Notifier>(async (id, message) => {
      notified.push(`${id}: ${message}`);
    });
    queue = new CommissionQueue(notify, 2);
    queue.start();
  });

  afterEach(() => {
    queue.stop();
    mock.reset();
  });

  it('returns a promise from submit', async () => {
    const pending = queue.submit(vase('C-1'));
    assert.ok(pending instanceof Promise);
    assert.equal(await pending, 1);
  });

  it('accepts while under capacity', async () => {
    assert.ok(await queue.isAccepting());
    await queue.submit(vase('C-2'));
    assert.equal(await queue.isAccepting(), true);
  });

  it('notifies the client with the queue position', async () => {
    await queue.submit(vase('C-3'));
    await queue.submit(vase('C-4'));
    assert.deepEqual(notified, ['C-3: Commission C-3 accepted, position 1', 'C-4: Commission C-4 accepted, position 2']);
    assert.equal(notify.mock.callCount(), 2);
  });

  it('refuses commissions once full', async () => {
    await queue.submit(vase('C-5'));
    await queue.submit(vase('C-6'));
    assert.equal(await queue.isAccepting(), false);
    await assert.rejects(queue.submit(vase('C-7')), /not taking commissions/);
  });
});
