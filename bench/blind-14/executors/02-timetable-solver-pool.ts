// expect: none
// Correct: the worker promise settles exactly once via a guard, covering message, error, exit and timeout, and cleans up listeners and the timer.
import { Worker } from 'node:worker_threads';
import path from 'node:path';

export interface TimetableRequest {
  schoolId: string;
  term: string;
  teachers: { id: string; maxPeriods: number }[];
  classes: { id: string; subject: string; periodsPerWeek: number }[];
  rooms: string[];
}

export interface TimetableSolution {
  slots: { classId: string; teacherId: string; room: string; day: number; period: number }[];
  unplaced: string[];
  score: number;
}

type SolverMessage =
  { kind: 'progress'; pct: number } | { kind: 'solution'; solution: TimetableSolution } | { kind: 'failed'; reason: string };

const SOLVER_PATH = path.join(__dirname, 'solver-worker.js');

export function solveTimetable(
  req: TimetableRequest,
  opts: { timeoutMs?: number; onProgress?: (pct: number) => void } = {},
): Promise<TimetableSolution> {
  const timeoutMs = opts.timeoutMs ?? 120_000;

  return new Promise<TimetableSolution>((resolve, reject) => {
    const worker = new Worker(SOLVER_PATH, { workerData: req });
    let done = false;

    const finish = (err: Error | null, solution?: TimetableSolution) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.removeAllListeners();
      void worker.terminate();
      if (err) reject(err);
      else resolve(solution!);
    };

    const timer = setTimeout(() => {
      finish(new Error(`timetable solver for ${req.schoolId} timed out after ${timeoutMs}ms`));
    }, timeoutMs);

    worker.on('message', (msg: SolverMessage) => {
      switch (msg.kind) {
        case 'progress':
          opts.onProgress?.(msg.pct);
          break;
        case 'solution':
          finish(null, msg.solution);
          break;
        case 'failed':
          finish(new Error(`solver failed: ${msg.reason}`));
          break;
      }
    });
    worker.on('error', (err) => finish(err));
    worker.on('exit', (code) => {
      finish(new Error(`solver worker exited with code ${code} before producing a timetable`));
    });
  });
}

export async function solveAllTerms(base: Omit<TimetableRequest, 'term'>, terms: string[]) {
  const out = new Map<string, TimetableSolution>();
  for (const term of terms) {
    const solution = await solveTimetable({ ...base, term });
    out.set(term, solution);
  }
  return out;
}
