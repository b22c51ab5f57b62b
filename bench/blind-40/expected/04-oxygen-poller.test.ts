// expect: none
// pollUntil() calls its read factory on every attempt; the only re-used promise is a deliberate in-flight dedupe for concurrent probe reads.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface OxygenSample {
  tankId: string;
  mgPerL: number;
  tempC: number;
  at: number;
}

async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: { intervalMs: number; attempts: number },
): Promise<T> {
  let last: T | undefined;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    last = await read();
    if (done(last)) return last;
    await new Promise<void>((resolve) => setTimeout(resolve, options.intervalMs));
  }
  throw new Error(`condition not met after ${options.attempts} attempts (last=${JSON.stringify(last)})`);
}

class ProbeReader {
  private readonly inflight = new Map<string, Promise<OxygenSample>>();
  reads = 0;

  constructor(private readonly probe: (tankId: string) => Promise<OxygenSample>) {}

  read(tankId: string): Promise<OxygenSample> {
    const existing = this.inflight.get(tankId);
    if (existing) return existing;
    this.reads += 1;
    const request = this.probe(tankId).finally(() => {
      this.inflight.delete(tankId);
    });
    this.inflight.set(tankId, request);
    return request;
  }
}

function scriptedProbe(values: number[]): (tankId: string) => Promise<OxygenSample> {
  let i = 0;
  return async (tankId) => {
    await new Promise<void>((resolve) => setTimeout(resolve, 2));
    const mgPerL = values[Math.min(i, values.length - 1)] ?? 0;
    i += 1;
    return { tankId, mgPerL, tempC: 11.5, at: Date.now() };
  };
}

describe('hatchery dissolved oxygen polling', () => {
  let reader: ProbeReader;

  beforeEach(() => {
    reader = new ProbeReader(scriptedProbe([5.1, 6.0, 7.2, 7.4]));
  });

  it('takes a fresh probe reading on every poll', async () => {
    const sample = await pollUntil(() => reader.read('fry-T1'), (s) => s.mgPerL >= 7, {
      intervalMs: 1,
      attempts: 6,
    });
    expect(sample.mgPerL).toBe(7.2);
    expect(reader.reads).toBe(3);
  });

  it('shares one in-flight read between concurrent callers', async () => {
    const [a, b] = await Promise.all([reader.read('fry-T2'), reader.read('fry-T2')]);
    expect(reader.reads).toBe(1);
    expect(a).toBe(b);
  });

  it('starts a new read once the previous one has settled', async () => {
    const first = await reader.read('smolt-T4');
    const second = await reader.read('smolt-T4');
    expect(reader.reads).toBe(2);
    expect([first.mgPerL, second.mgPerL]).toEqual([5.1, 6.0]);
  });

  it('gives up after the attempt budget', async () => {
    await expect(
      pollUntil(() => reader.read('fry-T3'), (s) => s.mgPerL >= 9, { intervalMs: 1, attempts: 3 }),
    ).rejects.toThrow(/after 3 attempts/);
  });
});
