// expect: none
// Correct: withRetry takes a factory and calls it on every attempt, so each retry issues a fresh read of the mat's chip buffer.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface ChipRead {
  bib: number;
  chipId: string;
  matId: string;
  crossedAtMs: number;
}

interface RetryOptions {
  attempts: number;
  delayMs: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

async function withRetry<T>(operation: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (attempt < opts.attempts) {
        opts.onRetry?.(attempt, err);
        await new Promise((resolve) => setTimeout(resolve, opts.delayMs));
      }
    }
  }
  throw lastError;
}

class FlakyMat {
  calls = 0;
  constructor(
    readonly matId: string,
    private readonly failuresBeforeSuccess: number,
    private readonly reads: ChipRead[],
  ) {}

  async readChipBuffer(): Promise<ChipRead[]> {
    this.calls += 1;
    if (this.calls <= this.failuresBeforeSuccess) {
      throw new Error(`mat ${this.matId}: serial timeout`);
    }
    return this.reads;
  }
}

function syncMat(mat: FlakyMat, attempts = 3): Promise<ChipRead[]> {
  return withRetry(() => mat.readChipBuffer(), { attempts, delayMs: 5 });
}

const sampleReads: ChipRead[] = [
  { bib: 1042, chipId: 'E2003411', matId: 'km21', crossedAtMs: 4_512_330 },
  { bib: 877, chipId: 'E2003399', matId: 'km21', crossedAtMs: 4_513_008 },
];

describe('timing mat sync', () => {
  it('recovers after transient serial timeouts', async () => {
    const mat = new FlakyMat('km21', 2, sampleReads);
    const reads = await syncMat(mat);
    expect(reads).toEqual(sampleReads);
    expect(mat.calls).toBe(3);
  });

  it('gives up once attempts are exhausted', async () => {
    const mat = new FlakyMat('finish', 5, sampleReads);
    await expect(syncMat(mat, 3)).rejects.toThrow('serial timeout');
    expect(mat.calls).toBe(3);
  });

  it('reports each retry to the caller', async () => {
    const mat = new FlakyMat('half', 1, sampleReads);
    const retried: number[] = [];
    await withRetry(() => mat.readChipBuffer(), {
      attempts: 4,
      delayMs: 1,
      onRetry: (attempt) => retried.push(attempt),
    });
    expect(retried).toEqual([1]);
  });
});
