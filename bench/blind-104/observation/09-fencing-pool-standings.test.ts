// expect: no-unobserved-promise
// collect() starts every piste's bout-sheet request up front and then awaits them one at a time, so a later piste that rejects while an earlier one is still pending has no handler yet and is reported as an unhandled rejection.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Bout {
  a: string;
  b: string;
  scoreA: number;
  scoreB: number;
}

interface BoutSheet {
  piste: string;
  bouts: Bout[];
}

interface ScoringFeed {
  boutSheet(piste: string): Promise<BoutSheet>;
}

interface Standing {
  fencer: string;
  victories: number;
  indicator: number;
}

class PoolStandings {
  private timer: ReturnType<typeof setInterval> | undefined;
  latest: Standing[] = [];

  constructor(private readonly feed: ScoringFeed) {}

  async collect(pistes: string[]): Promise<Standing[]> {
    const pending = pistes.map((p) => this.feed.boutSheet(p));
    const sheets: BoutSheet[] = [];
    for (const sheet of pending) {
      sheets.push(await sheet);
    }

    const table = new Map<string, Standing>();
    const row = (f: string) => table.get(f) ?? table.set(f, { fencer: f, victories: 0, indicator: 0 }).get(f)!;
    for (const { a, b, scoreA, scoreB } of sheets.flatMap((s) => s.bouts)) {
      row(a).indicator += scoreA - scoreB;
      row(b).indicator += scoreB - scoreA;
      if (scoreA > scoreB) row(a).victories += 1;
      else row(b).victories += 1;
    }
    this.latest = [...table.values()].sort((x, y) => y.victories - x.victories || y.indicator - x.indicator);
    return this.latest;
  }

  watch(pistes: string[], everyMs: number, onError: (err: unknown) => void): void {
    this.timer = setInterval(() => {
      this.collect(pistes).catch(onError);
    }, everyMs);
  }

  close(): void {
    clearInterval(this.timer);
  }
}

describe('PoolStandings', () => {
  const boutSheet = vi.fn<(piste: string) => Promise<BoutSheet>>();
  let standings: PoolStandings;

  beforeEach(() => {
    vi.useFakeTimers();
    boutSheet.mockReset();
    standings = new PoolStandings({ boutSheet });
  });

  afterEach(() => {
    standings.close();
    vi.useRealTimers();
  });

  it('ranks by victories, then indicator', async () => {
    boutSheet.mockImplementation(async (piste) =>
      piste === 'red'
        ? { piste, bouts: [{ a: 'Okafor', b: 'Lindqvist', scoreA: 5, scoreB: 2 }] }
        : { piste, bouts: [{ a: 'Lindqvist', b: 'Moreau', scoreA: 5, scoreB: 4 }] },
    );

    const table = await standings.collect(['red', 'green']);

    expect(table.map((s) => s.fencer)).toEqual(['Okafor', 'Lindqvist', 'Moreau']);
    expect(table[1]).toMatchObject({ victories: 1, indicator: -2 });
  });

  it('fails the collection when a piste box is offline', async () => {
    boutSheet.mockRejectedValueOnce(new Error('piste red offline'));
    boutSheet.mockResolvedValue({ piste: 'green', bouts: [] });

    await expect(standings.collect(['red', 'green'])).rejects.toThrow('piste red offline');
  });

  it('refreshes on the watch interval', async () => {
    boutSheet.mockResolvedValue({ piste: 'blue', bouts: [{ a: 'Sato', b: 'Reyes', scoreA: 3, scoreB: 5 }] });
    const onError = vi.fn();

    standings.watch(['blue'], 30_000, onError);
    await vi.advanceTimersByTimeAsync(30_000);

    expect(boutSheet).toHaveBeenCalledTimes(1);
    expect(standings.latest[0]?.fencer).toBe('Reyes');
    expect(onError).not.toHaveBeenCalled();
  });
});
