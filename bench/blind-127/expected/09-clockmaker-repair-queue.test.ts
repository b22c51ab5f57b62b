// expect: no-uncalled-async-function
// closeAll maps each bench to its drain method instead of calling it, so Promise.all resolves immediately with functions and the queue reports closed while repairs are still running.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface RepairJob {
  ticket: string;
  work: () => Promise<void>;
}

class Bench {
  private current: Promise<void> = Promise.resolve();
  readonly done: string[] = [];
  readonly failed: Array<{ ticket: string; reason: string }> = [];

  constructor(readonly name: string) {}

  assign(job: RepairJob): void {
    this.current = this.current.then(async () => {
      try {
        await job.work();
        this.done.push(job.ticket);
      } catch (err) {
        this.failed.push({ ticket: job.ticket, reason: err instanceof Error ? err.message : String(err) });
      }
    });
  }

  async drain(): Promise<void> {
    await this.current;
  }
}

class RepairQueue {
  private readonly benches: Bench[];
  private next = 0;
  closed = false;

  constructor(benchNames: string[]) {
    this.benches = benchNames.map((name) => new Bench(name));
  }

  submit(job: RepairJob): string {
    if (this.closed) throw new Error('repair queue is closed');
    const bench = this.benches[this.next++ % this.benches.length]!;
    bench.assign(job);
    return bench.name;
  }

  completed(): string[] {
    return this.benches.flatMap((b) => b.done).sort();
  }

  async closeAll(): Promise<void> {
    this.closed = true;
    await Promise.all(this.benches.map((bench) => bench.drain));
  }
}

describe('RepairQueue', () => {
  let queue: RepairQueue;

  beforeEach(() => {
    queue = new RepairQueue(['front', 'back']);
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    if (!queue.closed) await queue.closeAll();
  });

  it('spreads tickets across benches round-robin', () => {
    const work = vi.fn(async () => {});
    const benches = ['T1', 'T2', 'T3'].map((ticket) => queue.submit({ ticket, work }));
    expect(benches).toEqual(['front', 'back', 'front']);
  });

  it('runs jobs on a bench one after another', async () => {
    const order: string[] = [];
    queue.submit({ ticket: 'T1', work: async () => void order.push('T1') });
    queue.submit({ ticket: 'T2', work: async () => void order.push('T2') });
    queue.submit({ ticket: 'T3', work: async () => void order.push('T3') });

    await queue.closeAll();
    expect(new Set(order)).toEqual(new Set(['T1', 'T2', 'T3']));
  });

  it('refuses new tickets once closed', async () => {
    await queue.closeAll();
    expect(() => queue.submit({ ticket: 'late', work: async () => {} })).toThrow(/closed/);
  });
});
