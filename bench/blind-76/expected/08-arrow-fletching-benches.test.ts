// expect: no-uncalled-async-function
// The beforeEach hook puts seedFeatherStock (the function) into Promise.all instead of calling it, so the feather stock is never seeded before each test.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

type Vane = 'parabolic' | 'shield' | 'banana';

interface FeatherLot {
  lotId: string;
  wing: 'left' | 'right';
  cut: Vane;
  count: number;
}

interface FletchJob {
  arrowId: string;
  vanes: number;
  cut: Vane;
  helicalDeg: number;
}

class InMemoryStock {
  private lots = new Map<string, FeatherLot>();
  async clear(): Promise<void> {
    this.lots.clear();
  }
  async add(lot: FeatherLot): Promise<void> {
    this.lots.set(lot.lotId, { ...lot });
  }
  async take(cut: Vane, wing: 'left' | 'right', count: number): Promise<string> {
    for (const lot of this.lots.values()) {
      if (lot.cut === cut && lot.wing === wing && lot.count >= count) {
        lot.count -= count;
        return lot.lotId;
      }
    }
    throw new Error(`not enough ${wing}-wing ${cut} feathers`);
  }
}

class FletchingBench {
  readonly log: string[] = [];
  constructor(private readonly stock: InMemoryStock) {}
  async reset(): Promise<void> {
    this.log.length = 0;
  }
  async fletch(job: FletchJob): Promise<string> {
    const wing = job.helicalDeg >= 0 ? 'right' : 'left';
    const lotId = await this.stock.take(job.cut, wing, job.vanes);
    this.log.push(`${job.arrowId}:${lotId}`);
    return lotId;
  }
}

const stock = new InMemoryStock();
const bench = new FletchingBench(stock);

async function seedFeatherStock(): Promise<void> {
  await stock.clear();
  await stock.add({ lotId: 'turkey-R-12', wing: 'right', cut: 'shield', count: 12 });
  await stock.add({ lotId: 'turkey-L-06', wing: 'left', cut: 'parabolic', count: 6 });
}

describe('fletching bench', () => {
  beforeEach(async () => {
    await Promise.all([bench.reset(), seedFeatherStock]);
  });

  it('uses right-wing feathers for right helical fletching', async () => {
    const lot = await bench.fletch({ arrowId: 'a-1', vanes: 3, cut: 'shield', helicalDeg: 2 });
    expect(lot).toBe('turkey-R-12');
    expect(bench.log).toEqual(['a-1:turkey-R-12']);
  });

  it('uses left-wing feathers for left helical fletching', async () => {
    const lot = await bench.fletch({ arrowId: 'a-2', vanes: 3, cut: 'parabolic', helicalDeg: -2 });
    expect(lot).toBe('turkey-L-06');
  });

  it('refuses a job when the lot would run short', async () => {
    await bench.fletch({ arrowId: 'a-3', vanes: 3, cut: 'parabolic', helicalDeg: -1 });
    await bench.fletch({ arrowId: 'a-4', vanes: 3, cut: 'parabolic', helicalDeg: -1 });
    await expect(bench.fletch({ arrowId: 'a-5', vanes: 3, cut: 'parabolic', helicalDeg: -1 })).rejects.toThrow(
      /not enough left-wing parabolic/,
    );
    expect(bench.log).toHaveLength(2);
  });
});
