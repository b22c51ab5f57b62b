// expect: none
// The reconnect helper is handed a factory and calls it on every attempt, each hook awaits the service's close() call, and Promise.all receives called methods, so no function reference or spent promise stands in for a fresh attempt.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TuningBench {
  connect(): Promise<void>;
  measurePartials(bellId: string): Promise<number[]>;
  disconnect(): Promise<void>;
}

async function reconnect(label: string, connect: () => Promise<void>, tries: number): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    try {
      await connect();
      return attempt;
    } catch (err) {
      if (attempt >= tries) throw new Error(`${label}: gave up after ${tries} attempts`, { cause: err });
    }
  }
}

class TuningService {
  constructor(private readonly bench: TuningBench) {}

  async open(): Promise<number> {
    return reconnect('tuning bench', () => this.bench.connect(), 3);
  }

  async compareRing(a: string, b: string): Promise<number> {
    const [pa, pb] = await Promise.all([this.bench.measurePartials(a), this.bench.measurePartials(b)]);
    const hum = (p: number[]) => p[0] ?? 0;
    return Math.round(1200 * Math.log2(hum(pb) / hum(pa)));
  }

  async close(): Promise<void> {
    await this.bench.disconnect();
  }
}

describe('TuningService', () => {
  let bench: { [K in keyof TuningBench]: ReturnType<typeof vi.fn> };
  let service: TuningService;

  beforeEach(() => {
    bench = {
      connect: vi.fn().mockResolvedValue(undefined),
      measurePartials: vi.fn(async (id: string) => (id === 'treble' ? [587.3, 1174.7] : [293.7, 587.3])),
      disconnect: vi.fn().mockResolvedValue(undefined),
    };
    service = new TuningService(bench as unknown as TuningBench);
  });

  afterEach(async () => {
    await service.close();
    vi.restoreAllMocks();
  });

  it('connects on the first try when the bench is up', async () => {
    await expect(service.open()).resolves.toBe(1);
    expect(bench.connect).toHaveBeenCalledTimes(1);
  });

  it('asks the bench again on each retry', async () => {
    bench.connect.mockRejectedValueOnce(new Error('serial busy')).mockRejectedValueOnce(new Error('serial busy'));
    await expect(service.open()).resolves.toBe(3);
    expect(bench.connect).toHaveBeenCalledTimes(3);
  });

  it('gives up after three failures', async () => {
    bench.connect.mockRejectedValue(new Error('bench unplugged'));
    await expect(service.open()).rejects.toThrow('gave up after 3 attempts');
  });

  it('measures the interval between two bells in cents', async () => {
    await expect(service.compareRing('tenor', 'treble')).resolves.toBe(1200);
    expect(bench.measurePartials).toHaveBeenCalledTimes(2);
  });

  it('disconnects on close', async () => {
    await service.close();
    expect(bench.disconnect).toHaveBeenCalled();
  });
});
