// expect: none
// Mocks are handed to expect() and to the service as functions on purpose, and every promise slot (retry factory, Promise.all, resolves) gets a real call.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(times: number): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern?: RegExp): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & {
    mockImplementationOnce(impl: (...args: A) => R): void;
  };
};

interface ThrowScore {
  throwerId: string;
  event: 'accuracy' | 'aussie-round' | 'mta' | 'fast-catch';
  points: number;
}

type ScoreSource = (clubId: string) => Promise<ThrowScore[]>;

async function retry<T>(attempt: () => Promise<T>, times: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < times; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

class RankingService {
  constructor(private readonly sources: ScoreSource[], private readonly attempts = 3) {}

  async rank(clubId: string): Promise<Array<{ throwerId: string; total: number }>> {
    const batches = await Promise.all(this.sources.map((source) => retry(() => source(clubId), this.attempts)));
    const totals = new Map<string, number>();
    for (const score of batches.flat()) {
      totals.set(score.throwerId, (totals.get(score.throwerId) ?? 0) + score.points);
    }
    return [...totals]
      .map(([throwerId, total]) => ({ throwerId, total }))
      .sort((a, b) => b.total - a.total || a.throwerId.localeCompare(b.throwerId));
  }
}

describe('boomerang club rankings', () => {
  let fieldScores: ReturnType<typeof vi.fn<[string], Promise<ThrowScore[]>>>;
  let indoorScores: ReturnType<typeof vi.fn<[string], Promise<ThrowScore[]>>>;

  beforeEach(() => {
    fieldScores = vi.fn(async (_clubId: string) => [
      { throwerId: 'ana', event: 'accuracy' as const, points: 42 },
      { throwerId: 'ben', event: 'mta' as const, points: 30 },
    ]);
    indoorScores = vi.fn(async (_clubId: string) => [
      { throwerId: 'ben', event: 'fast-catch' as const, points: 25 },
    ]);
  });

  it('sums points across every score source', async () => {
    const service = new RankingService([fieldScores, indoorScores]);
    await expect(service.rank('perth-wanderers')).resolves.toEqual([
      { throwerId: 'ben', total: 55 },
      { throwerId: 'ana', total: 42 },
    ]);
  });

  it('retries a flaky source with a fresh request each time', async () => {
    fieldScores.mockImplementationOnce(async () => {
      throw new Error('field tablet offline');
    });
    const service = new RankingService([fieldScores, indoorScores]);
    const ranking = await service.rank('perth-wanderers');
    expect(ranking[0]).toEqual({ throwerId: 'ben', total: 55 });
    expect(fieldScores).toHaveBeenCalledTimes(2);
    expect(indoorScores).toHaveBeenCalledTimes(1);
  });

  it('gives up after the configured number of attempts', async () => {
    const broken = vi.fn(async (_clubId: string): Promise<ThrowScore[]> => {
      throw new Error('scoreboard unreachable');
    });
    const service = new RankingService([broken], 2);
    await expect(service.rank('perth-wanderers')).rejects.toThrow(/unreachable/);
    expect(broken).toHaveBeenCalledTimes(2);
  });
});
