// expect: no-floating-promises
// jobs.forEach(async ...) drops each submit promise, so a rejected submission never fails the test and the drain can run before jobs are enqueued.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface PrintJob {
  id: string;
  customer: string;
  stock: 'matte-A3' | 'gloss-A4' | 'kraft-card';
  copies: number;
}

interface Press {
  load(stock: PrintJob['stock']): Promise<void>;
  run(job: PrintJob): Promise<void>;
}

declare class PrintShopQueue extends EventEmitter {
  constructor(press: Press, opts?: { groupByStock?: boolean });
  submit(job: PrintJob): Promise<{ position: number }>;
  drain(): Promise<PrintJob[]>;
  close(): Promise<void>;
}

class FakePress implements Press {
  loads: string[] = [];
  printed: string[] = [];

  async load(stock: PrintJob['stock']): Promise<void> {
    this.loads.push(stock);
  }

  async run(job: PrintJob): Promise<void> {
    this.printed.push(job.id);
  }
}

const jobs: PrintJob[] = [
  { id: 'J-101', customer: 'Harbour Bakery', stock: 'kraft-card', copies: 500 },
  { id: 'J-102', customer: 'Ridge Choir', stock: 'matte-A3', copies: 40 },
  { id: 'J-103', customer: 'Harbour Bakery', stock: 'kraft-card', copies: 250 },
  { id: 'J-104', customer: 'Town Library', stock: 'gloss-A4', copies: 1200 },
];

describe('PrintShopQueue', () => {
  let queue: PrintShopQueue | undefined;

  afterEach(async () => {
    await queue?.close();
    queue = undefined;
  });

  it('prints every submitted job once', async () => {
    const press = new FakePress();
    queue = new PrintShopQueue(press);
    for (const job of jobs) {
      await queue.submit(job);
    }
    const done = await queue.drain();
    expect(done).toHaveLength(jobs.length);
    expect(press.printed).toEqual(jobs.map((j) => j.id));
  });

  it('groups jobs by paper stock to avoid reloading the press', async () => {
    const press = new FakePress();
    const q = new PrintShopQueue(press, { groupByStock: true });
    queue = q;

    jobs.forEach(async (job) => {
      await q.submit(job);
    });

    await q.drain();
    expect(press.loads).toEqual(['kraft-card', 'matte-A3', 'gloss-A4']);
    expect(press.printed.slice(0, 2)).toEqual(['J-101', 'J-103']);
  });
});
