// expect: none
// Both lookups are started early and held in locals, but they are handed to Promise.all in the same synchronous step before any await, and the async route is wrapped with .catch in the server callback, so no rejection can go unhandled.
import http from 'node:http';

export interface Puzzle {
  id: string;
  fen: string;
  rating: number;
  themes: string[];
}

export interface SolveStats {
  attempts: number;
  solved: number;
}

export interface PuzzleStore {
  dailyPuzzle(date: string): Promise<Puzzle>;
}

export interface StatsService {
  solveStats(puzzleId: string): Promise<SolveStats>;
  streakFor(userId: string): Promise<number>;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function createPuzzleServer(store: PuzzleStore, stats: StatsService): http.Server {
  async function dailyPuzzle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const date = url.searchParams.get('date') ?? today();
    const userId = req.headers['x-user-id'];

    const puzzleP = store.dailyPuzzle(date);
    const streakP = typeof userId === 'string' ? stats.streakFor(userId) : Promise.resolve(0);
    const [puzzle, streak] = await Promise.all([puzzleP, streakP]);

    const solve = await stats.solveStats(puzzle.id);
    const solveRate = solve.attempts === 0 ? null : Math.round((solve.solved / solve.attempts) * 100);

    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ date, puzzle, streak, solveRate }));
  }

  return http.createServer((req, res) => {
    if (req.method !== 'GET' || !req.url?.startsWith('/puzzle/daily')) {
      res.writeHead(404).end();
      return;
    }
    dailyPuzzle(req, res).catch((err: unknown) => {
      console.error('daily puzzle failed', err);
      if (!res.headersSent) res.writeHead(503, { 'retry-after': '30' });
      res.end();
    });
  });
}
