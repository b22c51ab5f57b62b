// expect: none
// Values written in listeners and timer callbacks are read only after a synchronous emit() or vi.advanceTimersByTime(), both of which run those callbacks first.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeUndefined(): void;
};
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTime(ms: number): void;
};

interface DomeReading {
  suiteId: string;
  innerSurfaceC: number;
}

class MeltWatch extends EventEmitter {
  private readonly warmSince = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly graceMs: number) {
    super();
  }

  ingest(r: DomeReading): void {
    const warm = r.innerSurfaceC > -0.5;
    const pending = this.warmSince.get(r.suiteId);
    if (warm && !pending) {
      this.warmSince.set(
        r.suiteId,
        setTimeout(() => {
          this.warmSince.delete(r.suiteId);
          this.emit('melt-risk', r.suiteId);
        }, this.graceMs),
      );
    } else if (!warm && pending) {
      clearTimeout(pending);
      this.warmSince.delete(r.suiteId);
      this.emit('recovered', r.suiteId);
    }
  }
}

describe('igloo melt watch', () => {
  let watch: MeltWatch;
  let flagged: string[];

  beforeEach(() => {
    vi.useFakeTimers();
    watch = new MeltWatch(10 * 60_000);
    flagged = [];
    watch.on('melt-risk', (suiteId: string) => flagged.push(suiteId));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('flags a suite whose dome stays warm past the grace period', () => {
    watch.ingest({ suiteId: 'aurora-3', innerSurfaceC: 0.2 });
    vi.advanceTimersByTime(9 * 60_000);
    expect(flagged).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(flagged).toEqual(['aurora-3']);
  });

  it('reports recovery synchronously when the dome refreezes', () => {
    let recovered: string | undefined;
    watch.on('recovered', (suiteId: string) => {
      recovered = suiteId;
    });
    watch.ingest({ suiteId: 'polar-1', innerSurfaceC: 0.1 });
    expect(recovered).toBeUndefined();
    watch.ingest({ suiteId: 'polar-1', innerSurfaceC: -2.5 });
    expect(recovered).toBe('polar-1');
    vi.advanceTimersByTime(20 * 60_000);
    expect(flagged).toEqual([]);
  });

  it('tracks suites independently', () => {
    watch.ingest({ suiteId: 'a', innerSurfaceC: 0 });
    vi.advanceTimersByTime(5 * 60_000);
    watch.ingest({ suiteId: 'b', innerSurfaceC: 0 });
    vi.advanceTimersByTime(5 * 60_000);
    expect(flagged).toEqual(['a']);
    vi.advanceTimersByTime(5 * 60_000);
    expect(flagged).toEqual(['a', 'b']);
  });
});
