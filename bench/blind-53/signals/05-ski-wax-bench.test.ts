// expect: no-leaked-race
// The within() test helper races an event against a setTimeout rejection but never clears the timer or removes the once() listener when the event wins.
import { EventEmitter, once } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
};

type Wax = 'CH6' | 'CH7' | 'CH8' | 'HF-race';

interface BenchEvent {
  station: number;
  wax: Wax;
  ironC: number;
}

class WaxBench extends EventEmitter {
  private timers: NodeJS.Timeout[] = [];

  heat(station: number, wax: Wax): void {
    // softer (higher-number) waxes melt at lower iron temperatures
    const ironC = { CH6: 150, CH7: 140, CH8: 120, 'HF-race': 135 }[wax];
    this.timers.push(
      setTimeout(() => this.emit('ready', { station, wax, ironC } satisfies BenchEvent), 15),
    );
  }

  scrape(station: number): void {
    this.timers.push(setTimeout(() => this.emit('scraped', station), 10));
  }

  reset(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    this.removeAllListeners();
  }
}

function within<T>(pending: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    pending,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${what} did not happen within ${ms}ms`)), ms);
    }),
  ]);
}

describe('ski wax bench stations', () => {
  let bench: WaxBench;

  beforeEach(() => {
    bench = new WaxBench();
  });

  afterEach(() => {
    bench.reset();
  });

  it('heats the iron for the chosen wax', async () => {
    bench.heat(1, 'CH8');
    const [event] = (await within(once(bench, 'ready'), 2_000, 'iron ready')) as [BenchEvent];
    expect(event).toEqual({ station: 1, wax: 'CH8', ironC: 120 });
  });

  it('uses a hotter iron for cold-snow wax', async () => {
    bench.heat(2, 'CH6');
    const [event] = (await within(once(bench, 'ready'), 2_000, 'iron ready')) as [BenchEvent];
    expect(event.ironC).toBeGreaterThanOrEqual(150);
  });

  it('scrapes after waxing', async () => {
    bench.heat(3, 'HF-race');
    await within(once(bench, 'ready'), 2_000, 'iron ready');
    bench.scrape(3);
    const [station] = await within(once(bench, 'scraped'), 2_000, 'scrape');
    expect(station).toBe(3);
  });

  it('serves several stations in order of readiness', async () => {
    const seen: number[] = [];
    bench.on('ready', (e: BenchEvent) => seen.push(e.station));
    bench.heat(4, 'CH7');
    bench.heat(5, 'CH7');
    await within(once(bench, 'ready'), 2_000, 'first iron');
    await within(once(bench, 'ready'), 2_000, 'second iron');
    expect(seen).toEqual([4, 5]);
  });
});
