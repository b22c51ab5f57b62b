// expect: no-floating-promises
// drain() hands an async callback to forEach, which drops each returned promise, so a failing bench assignment is never awaited or handled.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface RepairTicket {
  id: string;
  wheel: string;
  fault: 'bearing' | 'belt' | 'splash-pan' | 'pedal' | 'motor';
}

interface Bench {
  assign(ticket: RepairTicket): Promise<{ technician: string }>;
}

class RepairQueue {
  private pending: RepairTicket[] = [];
  readonly assigned = new Map<string, string>();

  constructor(private readonly bench: Bench) {}

  enqueue(ticket: RepairTicket): void {
    if (this.pending.some((t) => t.id === ticket.id)) return;
    this.pending.push(ticket);
  }

  get size(): number {
    return this.pending.length;
  }

  async drain(): Promise<number> {
    const batch = this.pending.sort((a, b) => (a.fault === 'motor' ? -1 : b.fault === 'motor' ? 1 : 0));
    this.pending = [];
    batch.forEach(async (ticket) => {
      const { technician } = await this.bench.assign(ticket);
      this.assigned.set(ticket.id, technician);
    });
    return batch.length;
  }
}

class FakeBench implements Bench {
  readonly calls: string[] = [];

  async assign(ticket: RepairTicket): Promise<{ technician: string }> {
    this.calls.push(ticket.id);
    return { technician: ticket.fault === 'motor' ? 'ines' : 'tomasz' };
  }
}

describe('RepairQueue', () => {
  let bench: FakeBench;
  let queue: RepairQueue;

  before(() => {
    bench = new FakeBench();
    queue = new RepairQueue(bench);
  });

  after(() => {
    bench.calls.length = 0;
  });

  test('ignores duplicate tickets', () => {
    queue.enqueue({ id: 'r1', wheel: 'shimpo-vl', fault: 'belt' });
    queue.enqueue({ id: 'r1', wheel: 'shimpo-vl', fault: 'belt' });
    assert.equal(queue.size, 1);
  });

  test('drains motor faults first', async () => {
    queue.enqueue({ id: 'r2', wheel: 'brent-c', fault: 'motor' });
    queue.enqueue({ id: 'r3', wheel: 'pacifica', fault: 'pedal' });
    const drained = await queue.drain();
    assert.equal(drained, 3);
    assert.equal(bench.calls[0], 'r2');
    assert.equal(queue.size, 0);
  });

  test('records the technician per ticket', async () => {
    assert.equal(queue.assigned.get('r2'), 'ines');
    assert.equal(queue.assigned.get('r1'), 'tomasz');
  });
});
