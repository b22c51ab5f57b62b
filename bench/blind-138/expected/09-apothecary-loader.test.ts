// expect: none
// The loader calls each async source before handing the promises to Promise.all, and the sequential task list holds functions that runSequentially invokes, so no async function is used where its promise was meant.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Herb {
  name: string;
  latin: string;
  grams: number;
}

interface Sources {
  loadShelf(): Promise<Herb[]>;
  loadBackroom(): Promise<Herb[]>;
  loadIncomingDeliveries(): Promise<Herb[]>;
}

async function runSequentially(tasks: Array<() => Promise<void>>): Promise<number> {
  let completed = 0;
  for (const task of tasks) {
    await task();
    completed++;
  }
  return completed;
}

class StockLoader {
  readonly totals = new Map<string, number>();
  private readonly log: string[] = [];

  constructor(private readonly sources: Sources) {}

  async loadAll(): Promise<Map<string, number>> {
    const [shelf, backroom, incoming] = await Promise.all([
      this.sources.loadShelf(),
      this.sources.loadBackroom(),
      this.sources.loadIncomingDeliveries(),
    ]);
    this.totals.clear();
    for (const herb of [...shelf, ...backroom, ...incoming]) {
      this.totals.set(herb.name, (this.totals.get(herb.name) ?? 0) + herb.grams);
    }
    return this.totals;
  }

  async nightlyJobs(): Promise<number> {
    return runSequentially([
      () => this.loadAll().then(() => undefined),
      async () => {
        this.log.push(`counted ${this.totals.size} herbs`);
      },
    ]);
  }

  history(): string[] {
    return [...this.log];
  }
}

describe('StockLoader', () => {
  let sources: Sources;
  let loader: StockLoader;

  beforeEach(() => {
    sources = {
      loadShelf: vi.fn(async () => [{ name: 'chamomile', latin: 'Matricaria chamomilla', grams: 250 }]),
      loadBackroom: vi.fn(async () => [
        { name: 'chamomile', latin: 'Matricaria chamomilla', grams: 1_000 },
        { name: 'elderflower', latin: 'Sambucus nigra', grams: 400 },
      ]),
      loadIncomingDeliveries: vi.fn(async () => [{ name: 'hyssop', latin: 'Hyssopus officinalis', grams: 150 }]),
    };
    loader = new StockLoader(sources);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('merges every location into per-herb totals', async () => {
    const totals = await loader.loadAll();
    expect(totals.get('chamomile')).toBe(1_250);
    expect(totals.get('hyssop')).toBe(150);
    expect(sources.loadIncomingDeliveries).toHaveBeenCalledOnce();
  });

  it('fails the load when any source fails', async () => {
    vi.mocked(sources.loadBackroom).mockRejectedValueOnce(new Error('backroom scanner offline'));
    await expect(loader.loadAll()).rejects.toThrow('backroom scanner offline');
  });

  it('runs the nightly jobs in order', async () => {
    await expect(loader.nightlyJobs()).resolves.toBe(2);
    expect(loader.history()).toEqual(['counted 3 herbs']);
  });
});
