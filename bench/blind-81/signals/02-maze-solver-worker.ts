// expect: none
// The race's losers are cleaned up in finally: the deadline timer is cleared, the abort listener removed and the worker terminated, and the caller's signal is observed throughout.
import { Worker } from 'node:worker_threads';

export interface MazeGrid {
  width: number;
  height: number;
  walls: Uint8Array;
  start: [number, number];
  goal: [number, number];
}

export interface Solution {
  path: Array<[number, number]>;
  expanded: number;
}

declare const SOLVER_WORKER_PATH: string;

export class SolveTimeoutError extends Error {
  constructor(readonly deadlineMs: number) {
    super(`maze solver exceeded ${deadlineMs}ms`);
  }
}

function solveInWorker(worker: Worker): Promise<Solution> {
  return new Promise<Solution>((resolve, reject) => {
    const detach = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (solution: Solution) => {
      detach();
      resolve(solution);
    };
    const onError = (err: Error) => {
      detach();
      reject(err);
    };
    const onExit = (code: number) => {
      detach();
      reject(new Error(`solver worker exited with code ${code} before answering`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export async function solveWithDeadline(maze: MazeGrid, deadlineMs: number, signal?: AbortSignal): Promise<Solution> {
  signal?.throwIfAborted();
  const worker = new Worker(SOLVER_WORKER_PATH, { workerData: maze });

  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const contenders: Array<Promise<Solution>> = [
    solveInWorker(worker),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SolveTimeoutError(deadlineMs)), deadlineMs);
    }),
  ];
  if (signal) {
    const abortable = signal;
    contenders.push(
      new Promise<never>((_, reject) => {
        onAbort = () => reject(abortable.reason);
        abortable.addEventListener('abort', onAbort, { once: true });
      }),
    );
  }

  try {
    return await Promise.race(contenders);
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    await worker.terminate();
  }
}

export function pathLength(solution: Solution): number {
  let steps = 0;
  for (let i = 1; i < solution.path.length; i++) {
    const [x0, y0] = solution.path[i - 1];
    const [x1, y1] = solution.path[i];
    steps += Math.abs(x1 - x0) + Math.abs(y1 - y0);
  }
  return steps;
}

export function describeSolution(maze: MazeGrid, solution: Solution): string {
  const open = maze.walls.reduce((count, cell) => count + (cell === 0 ? 1 : 0), 0);
  const coverage = Math.round((solution.expanded / Math.max(open, 1)) * 100);
  return `${pathLength(solution)} steps from (${maze.start}) to (${maze.goal}); searched ${coverage}% of open cells`;
}
