// expect: none
// The per-board analysis promises are collected into an array and handed to Promise.all in the very next statement, so every one has a rejection handler before anything else is awaited, unlike awaiting stored promises one by one.
import { MessageChannel, Worker } from 'node:worker_threads';
import { once } from 'node:events';

export interface BoardResult {
  board: number;
  white: string;
  black: string;
  result: '1-0' | '0-1' | '1/2-1/2';
  pgn: string;
}

export interface Verdict {
  board: number;
  suspicious: boolean;
  engineMatchPct: number;
}

export class FairPlayPool {
  private readonly workers: Worker[] = [];
  private next = 0;

  constructor(script: string, size: number) {
    for (let i = 0; i < size; i++) this.workers.push(new Worker(script));
  }

  async analyze(game: BoardResult): Promise<Verdict> {
    const worker = this.workers[this.next++ % this.workers.length]!;
    const { port1, port2 } = new MessageChannel();
    try {
      const reply = once(port1, 'message');
      worker.postMessage({ board: game.board, pgn: game.pgn, reply: port2 }, [port2]);
      const [verdict] = (await reply) as [Verdict];
      return verdict;
    } finally {
      port1.close();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

export interface RoundReport {
  round: number;
  boards: number;
  flagged: Verdict[];
}

export async function screenRound(pool: FairPlayPool, round: number, games: BoardResult[]): Promise<RoundReport> {
  const decisive = games.filter((g) => g.result !== '1/2-1/2');
  const pending = decisive.map((game) => pool.analyze(game));
  const verdicts = await Promise.all(pending);

  const flagged = verdicts
    .filter((v) => v.suspicious || v.engineMatchPct > 92)
    .sort((a, b) => b.engineMatchPct - a.engineMatchPct);

  return { round, boards: games.length, flagged };
}

export async function screenTournament(script: string, rounds: BoardResult[][]): Promise<RoundReport[]> {
  const pool = new FairPlayPool(script, 4);
  try {
    const reports: RoundReport[] = [];
    for (const [i, games] of rounds.entries()) {
      reports.push(await screenRound(pool, i + 1, games));
    }
    return reports;
  } finally {
    await pool.close();
  }
}
