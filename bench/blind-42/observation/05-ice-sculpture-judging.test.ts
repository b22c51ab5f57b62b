// expect: no-floating-promises
// In the ranking test judging.closeRound() returns a promise that is called as a bare statement and never awaited before the leaderboard is read.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(n: number, digits?: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface Score {
  entryId: string;
  judge: string;
  artistry: number;
  technique: number;
  meltResistance: number;
}

interface LeaderboardRow {
  entryId: string;
  mean: number;
  rank: number;
}

declare const festival: {
  reset(): Promise<void>;
  registerEntry(entryId: string, team: string, blockCount: number): Promise<void>;
};

declare const judging: {
  openRound(roundId: string): Promise<void>;
  submitScore(roundId: string, score: Score): Promise<void>;
  closeRound(roundId: string): Promise<void>;
  leaderboard(roundId: string): Promise<LeaderboardRow[]>;
};

const ROUND = 'final-2025';

function score(entryId: string, judge: string, a: number, t: number, m: number): Score {
  return { entryId, judge, artistry: a, technique: t, meltResistance: m };
}

describe('ice sculpture judging', () => {
  beforeEach(async () => {
    await festival.reset();
    await festival.registerEntry('swan', 'Team Glacier', 12);
    await festival.registerEntry('dragon', 'Team Rime', 20);
    await judging.openRound(ROUND);
  });

  it('ranks entries by mean judge score', async () => {
    const scores = [
      score('swan', 'judge-a', 8, 7, 9),
      score('swan', 'judge-b', 9, 8, 8),
      score('dragon', 'judge-a', 9, 9, 6),
      score('dragon', 'judge-b', 10, 9, 7),
    ];
    for (const s of scores) {
      await judging.submitScore(ROUND, s);
    }
    judging.closeRound(ROUND);

    const board = await judging.leaderboard(ROUND);
    expect(board.map((r) => r.entryId)).toEqual(['dragon', 'swan']);
    expect(board[0].mean).toBeCloseTo(8.33, 2);
  });

  it('rejects scores outside 0-10', async () => {
    await expect(judging.submitScore(ROUND, score('swan', 'judge-a', 11, 5, 5))).rejects.toThrow(/range/);
  });

  it('rejects scores once the round is closed', async () => {
    await judging.closeRound(ROUND);
    await expect(judging.submitScore(ROUND, score('swan', 'judge-c', 7, 7, 7))).rejects.toThrow(/closed/);
  });

  it('returns an empty leaderboard before any scores', async () => {
    const board = await judging.leaderboard(ROUND);
    expect(board).toEqual([]);
  });
});
