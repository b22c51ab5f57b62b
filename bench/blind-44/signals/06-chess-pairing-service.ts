// expect: no-swallowed-abort
// computePairings catches the AbortError from the pairing engine and returns an empty pairing list, which publishRound then posts as a real (empty) round.
export interface Player {
  id: string;
  name: string;
  rating: number;
  score: number;
  colourHistory: Array<'W' | 'B'>;
  opponents: string[];
}

export interface Pairing {
  board: number;
  white: string;
  black: string;
}

declare const swissEngine: {
  pair(
    round: number,
    players: Player[],
    options: { system: 'dutch' | 'burstein'; signal?: AbortSignal },
  ): Promise<Array<{ white: string; black: string }>>;
};
declare const tournamentSite: {
  publishPairings(round: number, pairings: Pairing[]): Promise<void>;
  publishBye(round: number, playerId: string): Promise<void>;
};
declare const log: { info(msg: string): void; warn(msg: string): void };

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

function byeCandidate(players: Player[]): Player | undefined {
  if (players.length % 2 === 0) return undefined;
  // Lowest-scored, lowest-rated player who has not yet had a bye.
  return [...players]
    .filter((p) => !p.opponents.includes('BYE'))
    .sort((a, b) => a.score - b.score || a.rating - b.rating)[0];
}

export async function computePairings(round: number, players: Player[], signal: AbortSignal): Promise<Pairing[]> {
  try {
    const raw = await swissEngine.pair(round, players, { system: 'dutch', signal });
    return raw.map((p, i) => ({ board: i + 1, white: p.white, black: p.black }));
  } catch (err) {
    if (isAbortError(err)) {
      log.warn(`pairing for round ${round} cancelled`);
      return [];
    }
    throw err;
  }
}

export async function publishRound(round: number, players: Player[], signal: AbortSignal): Promise<number> {
  const bye = byeCandidate(players);
  const active = bye ? players.filter((p) => p.id !== bye.id) : players;

  const pairings = await computePairings(round, active, signal);
  await tournamentSite.publishPairings(round, pairings);
  if (bye) {
    await tournamentSite.publishBye(round, bye.id);
  }
  log.info(`round ${round}: ${pairings.length} boards${bye ? `, bye for ${bye.name}` : ''}`);
  return pairings.length;
}

export function colourBalance(player: Player): number {
  return player.colourHistory.reduce((n, c) => n + (c === 'W' ? 1 : -1), 0);
}

export function validatePairings(pairings: Pairing[], players: Player[]): string[] {
  const problems: string[] = [];
  const byId = new Map(players.map((p) => [p.id, p]));
  for (const { board, white, black } of pairings) {
    const w = byId.get(white);
    const b = byId.get(black);
    if (!w || !b) {
      problems.push(`board ${board}: unknown player`);
      continue;
    }
    if (w.opponents.includes(b.id)) problems.push(`board ${board}: ${w.name} and ${b.name} already met`);
    if (colourBalance(w) >= 2) problems.push(`board ${board}: ${w.name} would get a third extra white`);
  }
  return problems;
}
