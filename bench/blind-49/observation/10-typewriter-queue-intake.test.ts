// expect: none
// Each stored submit() promise gets its assertion handler attached in the same turn it is created, and drain() is awaited before the queue is inspected.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface IntakeTicket {
  serial: string;
  make: 'Olympia' | 'Hermes' | 'Smith-Corona' | 'Underwood' | 'Olivetti';
  complaint: string;
}

type BenchFn = (ticket: IntakeTicket) => Promise<number>;

class IntakeQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly seen = new Set<string>();
  readonly completed: string[] = [];

  constructor(private readonly bench: BenchFn) {}

  submit(ticket: IntakeTicket): Promise<number> {
    if (this.seen.has(ticket.serial)) {
      return Promise.reject(new Error(`serial ${ticket.serial} already queued`));
    }
    this.seen.add(ticket.serial);
    const job = this.tail.then(async () => {
      const minutes = await this.bench(ticket);
      this.completed.push(ticket.serial);
      return minutes;
    });
    this.tail = job.catch(() => undefined);
    return job;
  }

  async drain(): Promise<void> {
    await this.tail;
  }
}

describe('IntakeQueue', () => {
  let benchCalls: string[];
  let queue: IntakeQueue;

  beforeEach(() => {
    benchCalls = [];
    queue = new IntakeQueue(async (ticket) => {
      benchCalls.push(ticket.serial);
      if (ticket.complaint.includes('seized')) throw new Error(`carriage seized on ${ticket.serial}`);
      return ticket.make === 'Olympia' ? 45 : 60;
    });
  });

  it('works tickets strictly in arrival order', async () => {
    const first = queue.submit({ serial: 'OL-1', make: 'Olympia', complaint: 'skipping spacebar' });
    const second = queue.submit({ serial: 'HE-2', make: 'Hermes', complaint: 'faded ribbon' });
    assert.deepEqual(await Promise.all([first, second]), [45, 60]);
    assert.deepEqual(queue.completed, ['OL-1', 'HE-2']);
  });

  it('rejects a duplicate serial without touching the bench', async () => {
    await queue.submit({ serial: 'UN-9', make: 'Underwood', complaint: 'sticky keys' });
    const duplicate = queue.submit({ serial: 'UN-9', make: 'Underwood', complaint: 'sticky keys' });
    await assert.rejects(duplicate, /already queued/);
    assert.deepEqual(benchCalls, ['UN-9']);
  });

  it('keeps the queue moving after a failed repair', async () => {
    const seized = queue.submit({ serial: 'SC-3', make: 'Smith-Corona', complaint: 'carriage seized' });
    const after = queue.submit({ serial: 'OV-4', make: 'Olivetti', complaint: 'bell does not ring' });
    await Promise.all([
      assert.rejects(seized, /carriage seized on SC-3/),
      after.then((minutes) => assert.equal(minutes, 60)),
    ]);
    await queue.drain();
    assert.deepEqual(queue.completed, ['OV-4']);
  });
});
