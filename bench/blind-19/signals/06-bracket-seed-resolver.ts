// expect: none
// Correct: the race between the ranking service and the deadline clears its timer in finally and aborts the losing request.
export interface Team {
  id: string;
  tag: string;
  region: 'NA' | 'EU' | 'APAC' | 'LATAM';
}

export interface SeededTeam extends Team {
  seed: number;
  rating: number;
}

declare const rankingApi: {
  fetchRatings(teamIds: string[], opts: { signal: AbortSignal }): Promise<Record<string, number>>;
};

declare const ratingCache: {
  get(teamId: string): number | undefined;
};

class DeadlineExceeded extends Error {
  constructor(ms: number) {
    super(`ranking service did not answer within ${ms}ms`);
    this.name = 'DeadlineExceeded';
  }
}

async function ratingsWithin(teamIds: string[], ms: number, outer: AbortSignal): Promise<Record<string, number>> {
  outer.throwIfAborted();
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer.reason);
  outer.addEventListener('abort', onOuterAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;

  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(ms)), ms);
  });

  try {
    return await Promise.race([rankingApi.fetchRatings(teamIds, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
    outer.removeEventListener('abort', onOuterAbort);
  }
}

export async function seedBracket(teams: Team[], signal: AbortSignal, deadlineMs = 2_500): Promise<SeededTeam[]> {
  let ratings: Record<string, number>;
  try {
    ratings = await ratingsWithin(
      teams.map((t) => t.id),
      deadlineMs,
      signal,
    );
  } catch (err) {
    if (!(err instanceof DeadlineExceeded)) throw err;
    // Fall back to yesterday's cached ratings so check-in isn't blocked.
    ratings = Object.fromEntries(teams.map((t) => [t.id, ratingCache.get(t.id) ?? 1000]));
  }

  return teams
    .map((t) => ({ ...t, rating: ratings[t.id] ?? 1000 }))
    .sort((a, b) => b.rating - a.rating || a.tag.localeCompare(b.tag))
    .map((t, i) => ({ ...t, seed: i + 1 }));
}

export function firstRoundPairs(seeded: SeededTeam[]): Array<[SeededTeam, SeededTeam | null]> {
  const pairs: Array<[SeededTeam, SeededTeam | null]> = [];
  const n = seeded.length;
  for (let i = 0; i < Math.ceil(n / 2); i++) {
    const opponent = n - 1 - i;
    pairs.push([seeded[i], opponent > i ? seeded[opponent] : null]);
  }
  return pairs;
}
