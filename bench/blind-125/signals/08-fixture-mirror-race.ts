// expect: no-leaked-race
// loadFixtureCard takes the first mirror to answer with Promise.any but never aborts the other mirror requests, which keep downloading after the winner is returned.
export interface FixtureCard {
  competition: string;
  season: number;
  generatedAt: string;
  rounds: Array<{ round: number; matches: Array<{ home: string; away: string; throwIn: string }> }>;
}

export interface MirrorOptions {
  mirrors: string[];
  competition: string;
  season: number;
  signal?: AbortSignal;
}

async function fetchCard(mirror: string, competition: string, season: number, signal?: AbortSignal): Promise<FixtureCard> {
  const url = new URL(`/cards/${season}/${encodeURIComponent(competition)}.json`, mirror);
  const res = await fetch(url, { signal });
  if (!res.ok) {
    throw new Error(`${mirror} answered ${res.status}`);
  }
  const card = (await res.json()) as FixtureCard;
  if (card.season !== season) {
    throw new Error(`${mirror} served a stale card for ${card.season}`);
  }
  return card;
}

export async function loadFixtureCard(options: MirrorOptions): Promise<FixtureCard> {
  const { mirrors, competition, season, signal } = options;
  if (mirrors.length === 0) {
    throw new Error('no fixture mirrors configured');
  }
  try {
    return await Promise.any(mirrors.map((m) => fetchCard(m, competition, season, signal)));
  } catch (err) {
    signal?.throwIfAborted();
    if (err instanceof AggregateError) {
      const reasons = err.errors.map((e) => (e instanceof Error ? e.message : String(e)));
      throw new Error(`all fixture mirrors failed: ${reasons.join('; ')}`);
    }
    throw err;
  }
}

export function nextMatchFor(card: FixtureCard, club: string, now = new Date()): { round: number; opponent: string; throwIn: string } | undefined {
  for (const round of card.rounds) {
    for (const m of round.matches) {
      if (new Date(m.throwIn) < now) continue;
      if (m.home === club) return { round: round.round, opponent: m.away, throwIn: m.throwIn };
      if (m.away === club) return { round: round.round, opponent: m.home, throwIn: m.throwIn };
    }
  }
  return undefined;
}
