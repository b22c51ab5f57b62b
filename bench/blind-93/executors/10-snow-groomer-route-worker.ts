// expect: no-multiple-settle
// A worker that exits (non-zero or crash without an 'error' event) before posting a message only logs a warning; the promise never settles.
import { Worker } from 'node:worker_threads';
import os from 'node:os';

export interface PisteSegment {
  id: string;
  lengthM: number;
  gradientPct: number;
  lastGroomed: string | null;
}

export interface GroomingPlan {
  resort: string;
  machines: string[];
  segments: PisteSegment[];
  shiftMinutes: number;
}

export interface RouteResult {
  assignments: Record<string, string[]>;
  unassigned: string[];
  estimatedMinutes: Record<string, number>;
}

type WorkerReply = { ok: true; result: RouteResult } | { ok: false; error: string };

const WORKER_PATH = process.env.ROUTE_WORKER ?? '/opt/groomer/dist/route-optimiser.worker.js';

export function optimiseRoutes(plan: GroomingPlan): Promise<RouteResult> {
  return new Promise<RouteResult>((resolve, reject) => {
    const worker = new Worker(WORKER_PATH, {
      workerData: plan,
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });

    worker.once('message', (reply: WorkerReply) => {
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`route optimiser: ${reply.error}`));
      worker.terminate().catch(() => undefined);
    });
    worker.once('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) {
        console.warn(`route optimiser for ${plan.resort} exited with code ${code}`);
      }
    });
  });
}

export async function planNight(resorts: GroomingPlan[]): Promise<Map<string, RouteResult>> {
  const results = new Map<string, RouteResult>();
  const parallel = Math.max(1, Math.min(resorts.length, os.availableParallelism() - 1));
  const queue = [...resorts];

  async function lane(): Promise<void> {
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      results.set(plan.resort, await optimiseRoutes(plan));
    }
  }

  await Promise.all(Array.from({ length: parallel }, () => lane()));
  return results;
}
