// expect: no-unchecked-settled-results
// Bug: judge cards come from Promise.allSettled but each result is cast to fulfilled and .value read without checking status, so one offline tablet crashes the tally.
export interface JudgeCard {
  judgeId: string;
  runId: string;
  deductions: {
    outrun: number;
    lift: number;
    fetch: number;
    drive: number;
    shed: number;
    pen: number;
  };
}

export interface RunResult {
  runId: string;
  handler: string;
  dog: string;
  judges: number;
  points: number;
  timedOut: boolean;
}

declare const judgeTablets: {
  fetchCard(judgeId: string, runId: string): Promise<JudgeCard>;
};

declare const trialDb: {
  run(runId: string): Promise<{ handler: string; dog: string; elapsedSeconds: number }>;
  saveResult(result: RunResult): Promise<void>;
};

// International-style maxima per phase; each judge deducts from these.
const MAX_POINTS = { outrun: 20, lift: 10, fetch: 20, drive: 30, shed: 10, pen: 10 } as const;
const COURSE_TIME_SECONDS = 15 * 60;

function cardPoints(card: JudgeCard): number {
  let total = 0;
  for (const phase of Object.keys(MAX_POINTS) as (keyof typeof MAX_POINTS)[]) {
    total += Math.max(0, MAX_POINTS[phase] - card.deductions[phase]);
  }
  return total;
}

export async function scoreRun(runId: string, judgeIds: string[]): Promise<RunResult> {
  const run = await trialDb.run(runId);
  // One slow tablet should not hold up the scoreboard for the others.
  const settled = await Promise.allSettled(judgeIds.map((judgeId) => judgeTablets.fetchCard(judgeId, runId)));

  let points = 0;
  for (const result of settled) {
    const card = (result as PromiseFulfilledResult<JudgeCard>).value;
    points += cardPoints(card);
  }

  const timedOut = run.elapsedSeconds >= COURSE_TIME_SECONDS;
  const result: RunResult = {
    runId,
    handler: run.handler,
    dog: run.dog,
    judges: settled.length,
    points,
    timedOut,
  };
  await trialDb.saveResult(result);
  return result;
}

export function rankRuns(results: RunResult[]): RunResult[] {
  return [...results].sort((a, b) => {
    if (b.points !== a.points) return b.points - a.points;
    // Ties are broken by the outwork score in the rulebook; we approximate with fewer timeouts first.
    return Number(a.timedOut) - Number(b.timedOut);
  });
}
