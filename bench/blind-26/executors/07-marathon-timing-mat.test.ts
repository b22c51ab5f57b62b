// expect: no-multiple-settle
// nextReadFor() uses once('read') and only resolves when the bib matches; a read for any other bib removes the listener and the promise never settles.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface ChipRead {
  bib: number;
  mat: 'start' | '10k' | 'half' | 'finish';
  chipTimeMs: number;
}

// Mirrors the production mat: reads from the same chip inside the dedupe
// window are dropped, everything else is forwarded in arrival order.
class TimingMat extends EventEmitter {
  private lastSeen = new Map<number, number>();
  private timers = new Set<NodeJS.Timeout>();

  constructor(
    readonly name: ChipRead['mat'],
    private readonly dedupeMs: number,
  ) {
    super();
  }

  antenna(bib: number, chipTimeMs: number, delayMs = 1): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      const prev = this.lastSeen.get(bib);
      if (prev !== undefined && chipTimeMs - prev < this.dedupeMs) return;
      this.lastSeen.set(bib, chipTimeMs);
      this.emit('read', { bib, mat: this.name, chipTimeMs } satisfies ChipRead);
    }, delayMs);
    this.timers.add(t);
  }

  shutdown(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.removeAllListeners();
  }
}

function nextReadFor(mat: TimingMat, bib: number): Promise<ChipRead> {
  return new Promise((resolve) => {
    mat.once('read', (read: ChipRead) => {
      if (read.bib === bib) resolve(read);
    });
  });
}

describe('finish mat', () => {
  let mat: TimingMat;

  beforeEach(() => {
    mat = new TimingMat('finish', 3_000);
  });

  afterEach(() => mat.shutdown());

  it('forwards a single finisher', async () => {
    const pending = nextReadFor(mat, 214);
    mat.antenna(214, 10_512_330);
    const read = await pending;
    expect(read).toEqual({ bib: 214, mat: 'finish', chipTimeMs: 10_512_330 });
  });

  it('drops duplicate reads inside the dedupe window', async () => {
    const first = nextReadFor(mat, 214);
    mat.antenna(214, 10_512_330, 1);
    await first;

    const second = nextReadFor(mat, 377);
    mat.antenna(214, 10_512_900, 2);
    mat.antenna(377, 10_513_100, 4);
    const read = await second;
    expect(read.bib).toBe(377);
  });

  it('keeps reads after the dedupe window has passed', async () => {
    const first = nextReadFor(mat, 88);
    mat.antenna(88, 5_000_000);
    await first;

    const lap = nextReadFor(mat, 88);
    mat.antenna(88, 5_004_500, 2);
    const read = await lap;
    expect(read.chipTimeMs - 5_000_000).toBeGreaterThan(3_000);
  });
});
