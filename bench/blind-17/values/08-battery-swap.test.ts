// expect: none
// Promises reach expect() only through .resolves/.rejects (and are awaited), and event-listener values are read after awaiting the swap that emits them.
import { EventEmitter, once } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void | Promise<void>): void;
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toBeGreaterThan(n: number): void;
}
declare function expect(actual: unknown): Matchers & {
  resolves: { [K in keyof Matchers]: (...args: Parameters<Matchers[K]>) => Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Pack {
  serial: string;
  chargePct: number;
}

class SwapStation extends EventEmitter {
  private slots: Pack[];

  constructor(
    packs: Pack[],
    private readonly lowStockAt = 1,
  ) {
    super();
    this.slots = [...packs];
  }

  async swap(bikeId: string, returned: Pack): Promise<{ bikeId: string; issued: Pack }> {
    const ready = this.slots.filter((p) => p.chargePct >= 80).sort((a, b) => b.chargePct - a.chargePct);
    const issued = ready[0];
    if (!issued) {
      throw new Error(`no charged pack for ${bikeId}`);
    }
    this.slots = this.slots.filter((p) => p !== issued).concat(returned);
    this.emit('swapped', { bikeId, issued: issued.serial, returned: returned.serial });
    if (ready.length - 1 <= this.lowStockAt) {
      setImmediate(() => this.emit('low-stock', ready.length - 1));
    }
    return { bikeId, issued };
  }
}

describe('SwapStation', () => {
  let station: SwapStation;

  beforeEach(() => {
    station = new SwapStation([
      { serial: 'P-100', chargePct: 97 },
      { serial: 'P-101', chargePct: 85 },
      { serial: 'P-102', chargePct: 40 },
    ]);
  });

  it('hands out the fullest pack', async () => {
    await expect(station.swap('bike-7', { serial: 'P-900', chargePct: 12 })).resolves.toMatchObject({
      issued: { serial: 'P-100' },
    });
  });

  it('refuses when nothing is charged', async () => {
    await station.swap('bike-1', { serial: 'P-901', chargePct: 5 });
    await station.swap('bike-2', { serial: 'P-902', chargePct: 9 });
    await expect(station.swap('bike-3', { serial: 'P-903', chargePct: 3 })).rejects.toThrow(/no charged pack/);
  });

  it('announces each swap', async () => {
    const seen: string[] = [];
    station.on('swapped', (e: { issued: string }) => seen.push(e.issued));
    await station.swap('bike-4', { serial: 'P-904', chargePct: 20 });
    await station.swap('bike-5', { serial: 'P-905', chargePct: 22 });
    expect(seen).toEqual(['P-100', 'P-101']);
  });

  it('warns when stock runs low', async () => {
    const warning = once(station, 'low-stock');
    const result = await station.swap('bike-6', { serial: 'P-906', chargePct: 30 });
    const [remaining] = await warning;
    expect(result.issued.serial).toBe('P-100');
    expect(remaining).toBe(1);
  });
});
