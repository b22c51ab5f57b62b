// expect: none
// The engine-use guard is awaited inside the if condition and both ratings come out of an awaited Promise.all before the Elo arithmetic, so every branch tests a real boolean or number rather than an always-truthy promise.
export interface Attempt {
  userId: string;
  puzzleId: string;
  moves: string[];
  elapsedMs: number;
}

export interface PuzzleRepo {
  solution(puzzleId: string): Promise<string[] | undefined>;
  rating(puzzleId: string): Promise<number>;
}

export interface UserRepo {
  isFlaggedForEngineUse(userId: string): Promise<boolean>;
  rating(userId: string): Promise<number>;
  applyRatingDelta(userId: string, delta: number): Promise<void>;
}

export type Verdict =
  | { kind: 'solved'; delta: number }
  | { kind: 'failed'; delta: number; expected: string }
  | { kind: 'unrated'; reason: string };

const K = 24;

function expectedScore(player: number, puzzle: number): number {
  return 1 / (1 + 10 ** ((puzzle - player) / 400));
}

export class SolutionChecker {
  constructor(private readonly puzzles: PuzzleRepo, private readonly users: UserRepo) {}

  async check(attempt: Attempt): Promise<Verdict> {
    const solution = await this.puzzles.solution(attempt.puzzleId);
    if (!solution) return { kind: 'unrated', reason: 'unknown puzzle' };

    if (await this.users.isFlaggedForEngineUse(attempt.userId)) {
      return { kind: 'unrated', reason: 'account under review' };
    }
    if (attempt.elapsedMs < 800 * solution.length) {
      return { kind: 'unrated', reason: 'too fast to rate' };
    }

    const [playerRating, puzzleRating] = await Promise.all([
      this.users.rating(attempt.userId),
      this.puzzles.rating(attempt.puzzleId),
    ]);
    const solved = solution.every((move, i) => attempt.moves[i] === move);
    const delta = Math.round(K * ((solved ? 1 : 0) - expectedScore(playerRating, puzzleRating)));

    if (delta !== 0) await this.users.applyRatingDelta(attempt.userId, delta);
    if (solved) return { kind: 'solved', delta };
    const firstWrong = solution.findIndex((move, i) => attempt.moves[i] !== move);
    return { kind: 'failed', delta, expected: solution[firstWrong] };
  }
}
