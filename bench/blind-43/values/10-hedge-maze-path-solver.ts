// expect: none
// The locals set by the worker's message handler are read only after awaiting the promise that the 'solved' message resolves; every exit path settles it once.
import { Worker } from 'node:worker_threads';

export interface MazeGrid {
  width: number;
  height: number;
  walls: string;
  entrance: [number, number];
  goal: [number, number];
}

type SolverMessage =
  | { type: 'progress'; explored: number; frontier: number }
  | { type: 'solved'; path: Array<[number, number]> }
  | { type: 'unsolvable' };

export interface SolveReport {
  pathLength: number;
  explored: number;
  peakFrontier: number;
  deadEndRatio: number;
}

export function deadEndRatio(grid: MazeGrid): number {
  let deadEnds = 0;
  let open = 0;
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      if (grid.walls[y * grid.width + x] === '#') continue;
      open += 1;
      const exits = [
        [x + 1, y],
        [x - 1, y],
        [x, y + 1],
        [x, y - 1],
      ].filter(([nx, ny]) => nx >= 0 && ny >= 0 && nx < grid.width && ny < grid.height && grid.walls[ny * grid.width + nx] !== '#');
      if (exits.length === 1) deadEnds += 1;
    }
  }
  return open ? Math.round((deadEnds / open) * 1000) / 1000 : 0;
}

export async function solveMaze(grid: MazeGrid, workerPath: string, timeoutMs = 30_000): Promise<SolveReport> {
  const worker = new Worker(workerPath, { workerData: grid });
  let explored = 0;
  let peakFrontier = 0;
  let path: Array<[number, number]> = [];

  try {
    await new Promise<void>((resolve, reject) => {
      const finish = (err?: Error) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (err) reject(err);
        else resolve();
      };
      const onMessage = (msg: SolverMessage) => {
        if (msg.type === 'progress') {
          explored = msg.explored;
          peakFrontier = Math.max(peakFrontier, msg.frontier);
        } else if (msg.type === 'solved') {
          path = msg.path;
          finish();
        } else {
          finish(new Error('maze has no route from entrance to goal'));
        }
      };
      const onError = (err: Error) => finish(err);
      const onExit = (code: number) => finish(new Error(`solver exited early with code ${code}`));
      const timer = setTimeout(() => finish(new Error(`solver exceeded ${timeoutMs}ms`)), timeoutMs);

      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  } finally {
    await worker.terminate();
  }

  return { pathLength: path.length, explored, peakFrontier, deadEndRatio: deadEndRatio(grid) };
}
