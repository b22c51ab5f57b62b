// expect: require-signal-propagation
// The handler threads request.signal into the store query and the CSV stream but not into the standings fetch, which keeps running after the client disconnects.
import { Readable } from 'node:stream';

export interface LobbyResult {
  lobbyId: string;
  round: number;
  teamA: string;
  teamB: string;
  scoreA: number;
  scoreB: number;
  finishedAt: string | null;
}

export interface Standing {
  team: string;
  seed: number;
  rating: number;
}

declare const lobbyStore: {
  listResults(tournamentId: string, opts: { signal?: AbortSignal; round?: number }): Promise<LobbyResult[]>;
};

declare const auth: {
  serviceToken(): string;
};

const RATINGS_URL = process.env.RATINGS_URL ?? 'https://ratings.internal.example';

function csvEscape(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function* bracketRows(results: LobbyResult[], seeds: Map<string, Standing>): Generator<string> {
  yield 'round,lobby,team_a,seed_a,team_b,seed_b,score,winner,finished_at\n';
  const ordered = [...results].sort((a, b) => a.round - b.round || a.lobbyId.localeCompare(b.lobbyId));
  for (const r of ordered) {
    const winner = r.finishedAt === null ? '' : r.scoreA > r.scoreB ? r.teamA : r.teamB;
    yield [
      r.round,
      r.lobbyId,
      r.teamA,
      seeds.get(r.teamA)?.seed ?? '',
      r.teamB,
      seeds.get(r.teamB)?.seed ?? '',
      `${r.scoreA}-${r.scoreB}`,
      winner,
      r.finishedAt,
    ]
      .map((v) => csvEscape(v as string | number | null))
      .join(',')
      .concat('\n');
  }
}

export async function exportBracket(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const tournamentId = url.searchParams.get('tournament');
  if (!tournamentId) {
    return new Response('missing ?tournament=', { status: 400 });
  }
  const roundParam = url.searchParams.get('round');
  const round = roundParam === null ? undefined : Number(roundParam);

  const results = await lobbyStore.listResults(tournamentId, { signal: request.signal, round });
  if (results.length === 0) {
    return new Response('no lobbies found', { status: 404 });
  }

  const standingsRes = await fetch(`${RATINGS_URL}/tournaments/${encodeURIComponent(tournamentId)}/standings`, {
    headers: { authorization: `Bearer ${auth.serviceToken()}`, accept: 'application/json' },
  });
  if (!standingsRes.ok) {
    return new Response(`ratings service returned ${standingsRes.status}`, { status: 502 });
  }
  const standings = (await standingsRes.json()) as Standing[];
  const seeds = new Map(standings.map((s) => [s.team, s]));

  const body = Readable.from(bracketRows(results, seeds), { signal: request.signal });
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="bracket-${tournamentId}.csv"`,
    },
  });
}
