// expect: none
// Every async value is awaited before it is interpolated, compared, defaulted with ??, or placed in the message payload; the pending promises only ever go into Promise.all.
export interface Attempt {
  studentId: string;
  drillId: string;
  answers: number[];
  startedAt: number;
  finishedAt: number;
}

export interface Feedback {
  studentId: string;
  text: string;
  stars: 0 | 1 | 2 | 3;
  nextDrill: string;
}

declare const grader: {
  score(drillId: string, answers: number[]): Promise<{ correct: number; total: number }>;
};
declare const progress: {
  streak(studentId: string): Promise<number>;
  personalBest(studentId: string, drillId: string): Promise<number | undefined>;
};
declare const curriculum: {
  next(drillId: string, accuracy: number): Promise<string | null>;
};
declare const parentChannel: {
  send(studentId: string, message: { text: string; stars: number; accuracy: number }): Promise<void>;
};

const DEFAULT_NEXT_DRILL = 'soroban-review-1';

function starsFor(accuracy: number, seconds: number): Feedback['stars'] {
  if (accuracy === 1 && seconds < 60) return 3;
  if (accuracy >= 0.9) return 2;
  if (accuracy >= 0.7) return 1;
  return 0;
}

export async function feedbackFor(attempt: Attempt): Promise<Feedback> {
  const [score, streak, best] = await Promise.all([
    grader.score(attempt.drillId, attempt.answers),
    progress.streak(attempt.studentId),
    progress.personalBest(attempt.studentId, attempt.drillId),
  ]);
  const seconds = Math.round((attempt.finishedAt - attempt.startedAt) / 1000);
  const accuracy = score.total === 0 ? 0 : score.correct / score.total;
  const stars = starsFor(accuracy, seconds);

  const nextDrill = (await curriculum.next(attempt.drillId, accuracy)) ?? DEFAULT_NEXT_DRILL;
  const newBest = best === undefined || seconds < best;
  const perfect = score.correct === score.total;

  const parts = [`${score.correct}/${score.total} correct in ${seconds}s`];
  if (perfect) parts.push('every bead in the right place!');
  if (newBest) parts.push('a new personal best');
  if (streak > 1) parts.push(`${streak} days in a row`);

  const text = parts.join(' — ');
  await parentChannel.send(attempt.studentId, { text, stars, accuracy });
  return { studentId: attempt.studentId, text, stars, nextDrill };
}

export async function classSummary(attempts: Attempt[]): Promise<string> {
  const feedback = await Promise.all(attempts.map((a) => feedbackFor(a)));
  const threeStar = feedback.filter((f) => f.stars === 3).length;
  return `${feedback.length} attempts marked, ${threeStar} with three stars`;
}
