// expect: none
// AnnealerLogger deliberately fires sink writes without awaiting, but each write gets a .catch at once and flushed() awaits what is in flight.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface AnnealPoint {
  pieceId: string;
  setpointC: number;
  actualC: number;
  at: number;
}

interface LogSink {
  write(point: AnnealPoint): Promise<void>;
}

class AnnealerLogger {
  readonly errors: Error[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly sink: LogSink) {}

  record(point: AnnealPoint): void {
    if (Math.abs(point.actualC - point.setpointC) > 15) {
      this.errors.push(new Error(`${point.pieceId} drifted to ${point.actualC}°C`));
    }
    const write = this.sink
      .write(point)
      .catch((err: unknown) => {
        this.errors.push(err instanceof Error ? err : new Error(String(err)));
      })
      .finally(() => {
        this.inFlight.delete(write);
      });
    this.inFlight.add(write);
  }

  async flushed(): Promise<void> {
    await Promise.all([...this.inFlight]);
  }
}

class FlakySink implements LogSink {
  readonly stored: AnnealPoint[] = [];
  failEvery = 0;
  private calls = 0;

  async write(point: AnnealPoint): Promise<void> {
    this.calls += 1;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.failEvery > 0 && this.calls % this.failEvery === 0) {
      throw new Error(`sink rejected write ${this.calls}`);
    }
    this.stored.push(point);
  }
}

describe('annealer logger', () => {
  let sink: FlakySink;
  let logger: AnnealerLogger;

  beforeEach(() => {
    sink = new FlakySink();
    logger = new AnnealerLogger(sink);
  });

  it('stores every point once flushed', async () => {
    for (let i = 0; i < 5; i++) {
      logger.record({ pieceId: 'vase-17', setpointC: 482, actualC: 480 + i, at: i * 1000 });
    }
    await logger.flushed();
    expect(sink.stored).toHaveLength(5);
    expect(logger.errors).toHaveLength(0);
  });

  it('collects sink failures instead of crashing the kiln loop', async () => {
    sink.failEvery = 2;
    for (let i = 0; i < 4; i++) {
      logger.record({ pieceId: 'bowl-03', setpointC: 510, actualC: 509, at: i * 1000 });
    }
    await logger.flushed();
    expect(sink.stored).toHaveLength(2);
    expect(logger.errors.map((e) => e.message)).toEqual(['sink rejected write 2', 'sink rejected write 4']);
  });

  it('flags temperature drift synchronously', () => {
    logger.record({ pieceId: 'paperweight-9', setpointC: 482, actualC: 510, at: 0 });
    expect(logger.errors[0]?.message).toBe('paperweight-9 drifted to 510°C');
  });
});
