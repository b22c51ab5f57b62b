// expect: no-multiple-settle
// The executor listens for the worker's 'message' and 'error' but not 'exit', so a worker that exits without posting never settles.
import { Worker } from 'node:worker_threads';

export interface Player {
  id: string;
  name: string;
  rating: number;
  score: number;
  colorHistory: Array<'W' | 'B'>;
  opponents: string[];
  withdrawn: boolean;
}

export interface Pairing {
  board: number;
  white: string;
  black: string | null; // null = bye
}

interface RoundInput {
  tournamentId: string;
  round: number;
  players: Player[];
  acceleratedRounds: number;
}

type EngineMessage =
  | { type: 'pairings'; pairings: Pairing[] }
  | { type: 'infeasible'; reason: string };

declare const pairingEngineUrl: URL;
declare function savePairings(tournamentId: string, round: number, pairings: Pairing[]): Promise<void>;

function scoreGroups(players: Player[]): Map<number, Player[]> {
  const groups = new Map<number, Player[]>();
  for (const p of players) {
    const bucket = groups.get(p.score) ?? [];
    bucket.push(p);
    groups.set(p.score, bucket);
  }
  for (const bucket of groups.values()) {
    bucket.sort((a, b) => b.rating - a.rating || a.name.localeCompare(b.name));
  }
  return groups;
}

function runEngine(input: RoundInput): Promise<Pairing[]> {
  return new Promise<Pairing[]>((resolve, reject) => {
    const worker = new Worker(pairingEngineUrl, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    worker.once('message', (msg: EngineMessage) => {
      if (msg.type === 'pairings') {
        resolve(msg.pairings);
      } else {
        reject(new Error(`round ${input.round} cannot be paired: ${msg.reason}`));
      }
    });
    worker.once('error', reject);
  });
}

function validate(pairings: Pairing[], players: Player[]): void {
  const seen = new Set<string>();
  const byId = new Map(players.map((p) => [p.id, p] as const));
  for (const { white, black, board } of pairings) {
    for (const id of [white, black]) {
      if (id === null) continue;
      if (seen.has(id)) throw new Error(`player ${id} paired twice (board ${board})`);
      seen.add(id);
    }
    if (black !== null && byId.get(white)?.opponents.includes(black)) {
      throw new Error(`board ${board} is a rematch of ${white} vs ${black}`);
    }
  }
}

export async function pairRound(tournamentId: string, round: number, players: Player[]): Promise<Pairing[]> {
  const active = players.filter((p) => !p.withdrawn);
  if (active.length < 2) {
    throw new Error('need at least two active players to pair a round');
  }
  const ordered = [...scoreGroups(active).entries()]
    .sort(([a], [b]) => b - a)
    .flatMap(([, group]) => group);

  const pairings = await runEngine({ tournamentId, round, players: ordered, acceleratedRounds: 2 });
  validate(pairings, active);
  await savePairings(tournamentId, round, pairings);
  return pairings;
}
