// expect: no-multiple-settle
// The promise settles on a result message, a solver-error message or a worker 'error', but a worker that exits without posting (e.g. the solver calls process.exit on an infeasible rota) leaves it pending forever.
import { Worker } from 'node:worker_threads';

export interface KeeperAvailability {
  keeperId: string;
  station: string;
  unavailable: Array<{ from: string; to: string }>;
  maxConsecutiveNights: number;
}

export interface RotaInput {
  station: string;
  weekStarting: string;
  keepers: KeeperAvailability[];
  watchesPerNight: number;
}

export interface RotaPlan {
  station: string;
  weekStarting: string;
  watches: Array<{ night: string; watch: number; keeperId: string }>;
  unfilled: number;
}

type SolverMessage =
  | { type: 'progress'; filled: number; total: number }
  | { type: 'result'; plan: RotaPlan }
  | { type: 'solver-error'; message: string };

export interface SolveOptions {
  solverPath: string;
  onProgress?: (filled: number, total: number) => void;
  maxHeapMb?: number;
}

export function solveRota(input: RotaInput, options: SolveOptions): Promise<RotaPlan> {
  if (input.keepers.length === 0) {
    return Promise.reject(new Error(`no keepers available for ${input.station}`));
  }

  return new Promise<RotaPlan>((resolve, reject) => {
    const worker = new Worker(options.solverPath, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb ?? 256 },
    });
    let done = false;

    const finish = (settle: () => void) => {
      if (done) return;
      done = true;
      worker.removeAllListeners('message');
      settle();
    };

    worker.on('message', (msg: SolverMessage) => {
      switch (msg.type) {
        case 'progress':
          options.onProgress?.(msg.filled, msg.total);
          break;
        case 'result':
          finish(() => resolve(msg.plan));
          break;
        case 'solver-error':
          finish(() => reject(new Error(`rota solver: ${msg.message}`)));
          break;
      }
    });

    worker.on('error', (err) => finish(() => reject(err)));
    worker.on('messageerror', (err) => finish(() => reject(err)));
  });
}

export async function planWeek(input: RotaInput, solverPath: string): Promise<RotaPlan> {
  const plan = await solveRota(input, { solverPath });
  if (plan.unfilled > 0) {
    throw new Error(`${plan.unfilled} watches at ${input.station} could not be covered`);
  }
  return plan;
}
