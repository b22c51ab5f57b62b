// expect: no-swallowed-abort
// fetchSplits wraps every failure, including the AbortError from the caller's signal, in a generic SplitFeedError, so callers cannot tell a cancelled request from a broken feed.
export interface Split {
  bib: number;
  point: '5K' | '10K' | 'HALF' | '30K' | '35K' | '40K' | 'FINISH';
  chipTimeMs: number;
}

export class SplitFeedError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
    this.name = 'SplitFeedError';
  }
}

export interface FeedOptions {
  baseUrl: string;
  raceId: string;
  signal?: AbortSignal;
}

export async function fetchSplits(point: Split['point'], sinceSeq: number, opts: FeedOptions): Promise<{ splits: Split[]; seq: number }> {
  const url = `${opts.baseUrl}/races/${opts.raceId}/splits/${point}?since=${sinceSeq}`;
  try {
    const res = await fetch(url, { signal: opts.signal, headers: { accept: 'application/json' } });
    if (res.status === 204) return { splits: [], seq: sinceSeq };
    if (!res.ok) throw new SplitFeedError(`split feed ${point} returned ${res.status}`, res.status >= 500);
    const body = (await res.json()) as { items: Split[]; seq: number };
    return { splits: body.items, seq: body.seq };
  } catch (err) {
    if (err instanceof SplitFeedError) throw err;
    throw new SplitFeedError(`split feed ${point} unreachable: ${(err as Error).message}`, true);
  }
}

export interface LeaderboardRow {
  bib: number;
  lastPoint: Split['point'];
  chipTimeMs: number;
}

export async function refreshLeaderboard(
  board: Map<number, LeaderboardRow>,
  cursors: Map<Split['point'], number>,
  opts: FeedOptions,
): Promise<number> {
  let updated = 0;
  for (const [point, seq] of cursors) {
    let result: { splits: Split[]; seq: number };
    try {
      result = await fetchSplits(point, seq, opts);
    } catch (err) {
      if (err instanceof SplitFeedError && err.retryable) {
        console.warn(`[timing] ${err.message}; will retry next cycle`);
        continue;
      }
      throw err;
    }
    for (const s of result.splits) {
      const row = board.get(s.bib);
      if (!row || s.chipTimeMs > row.chipTimeMs) {
        board.set(s.bib, { bib: s.bib, lastPoint: s.point, chipTimeMs: s.chipTimeMs });
        updated++;
      }
    }
    cursors.set(point, result.seq);
  }
  return updated;
}
