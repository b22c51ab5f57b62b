// expect: require-signal-propagation
// The retry backoff sleeps with timers/promises but is not given the caller's signal, so cancelling a scoreboard refresh during a 503 backoff still waits out the full delay before the abort is noticed.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ArenaScore {
  riderId: string;
  stock: string;
  time: number | null;
  points: number | null;
  noTime: boolean;
}

export interface ScoreFetchOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

export class ScoreFeedError extends Error {
  constructor(readonly status: number, url: string) {
    super(`score feed ${url} answered ${status}`);
    this.name = 'ScoreFeedError';
  }
}

export async function fetchSectionScores(
  feedUrl: string,
  section: string,
  opts: ScoreFetchOptions = {},
): Promise<ArenaScore[]> {
  const { signal, attempts = 4, baseDelayMs = 750 } = opts;
  const url = `${feedUrl}/sections/${encodeURIComponent(section)}/scores`;

  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
    if (res.ok) {
      return (await res.json()) as ArenaScore[];
    }
    await res.body?.cancel();
    const retryable = res.status === 429 || res.status === 503;
    if (!retryable || attempt >= attempts) {
      throw new ScoreFeedError(res.status, url);
    }
    const retryAfter = Number(res.headers.get('retry-after'));
    const delay = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1_000 : baseDelayMs * 2 ** (attempt - 1);
    await sleep(delay);
  }
}

export function rankSection(scores: ArenaScore[]): ArenaScore[] {
  const timed = scores.filter((s) => !s.noTime && s.time !== null);
  const judged = scores.filter((s) => !s.noTime && s.points !== null);
  if (timed.length > 0) {
    return [...timed].sort((a, b) => (a.time ?? Infinity) - (b.time ?? Infinity));
  }
  return [...judged].sort((a, b) => (b.points ?? 0) - (a.points ?? 0));
}

export async function refreshBoard(feedUrl: string, sections: string[], signal: AbortSignal): Promise<Map<string, ArenaScore[]>> {
  const board = new Map<string, ArenaScore[]>();
  for (const section of sections) {
    const scores = await fetchSectionScores(feedUrl, section, { signal });
    board.set(section, rankSection(scores));
  }
  return board;
}
