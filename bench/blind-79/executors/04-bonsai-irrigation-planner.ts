// expect: no-multiple-settle
// Bug: the worker promise settles only on 'message' or 'error'; if the planner worker exits (e.g. process.exit in the script or OOM kill) without posting, it never settles.
import { Worker } from 'node:worker_threads';
import { cpus } from 'node:os';
import { join } from 'node:path';

interface TreeProfile {
  treeId: string;
  species: string;
  potVolumeL: number;
  substrate: 'akadama' | 'pumice' | 'lava' | 'mix';
  lastRepotted: string;
}

interface IrrigationPlan {
  treeId: string;
  mlPerDay: number;
  mistingIntervalMin: number | null;
}

interface PlannerReply {
  ok: boolean;
  plans?: IrrigationPlan[];
  error?: string;
}

declare const weatherService: {
  forecast(nurseryId: string): Promise<{ day: string; maxC: number; humidityPct: number }[]>;
};

const PLANNER_SCRIPT = join(__dirname, 'irrigation-planner.worker.js');

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function runPlanner(
  trees: TreeProfile[],
  forecast: { day: string; maxC: number; humidityPct: number }[],
): Promise<IrrigationPlan[]> {
  return new Promise<IrrigationPlan[]>((resolve, reject) => {
    const worker = new Worker(PLANNER_SCRIPT, {
      workerData: { trees, forecast },
      resourceLimits: { maxOldGenerationSizeMb: 128 },
    });

    worker.once('message', (reply: PlannerReply) => {
      void worker.terminate();
      if (reply.ok && reply.plans) {
        resolve(reply.plans);
      } else {
        reject(new Error(`planner failed: ${reply.error ?? 'unknown error'}`));
      }
    });

    worker.once('error', (err) => {
      reject(err);
    });
  });
}

export async function planNurseryIrrigation(
  nurseryId: string,
  trees: readonly TreeProfile[],
): Promise<Map<string, IrrigationPlan>> {
  const forecast = await weatherService.forecast(nurseryId);
  const parallelism = Math.max(1, Math.min(4, cpus().length - 1));
  const batchSize = Math.ceil(trees.length / parallelism) || 1;

  const results = await Promise.all(
    chunk(trees, batchSize).map((batch) => runPlanner(batch, forecast)),
  );

  const byTree = new Map<string, IrrigationPlan>();
  for (const plans of results) {
    for (const plan of plans) {
      const previous = byTree.get(plan.treeId);
      if (!previous || plan.mlPerDay > previous.mlPerDay) {
        byTree.set(plan.treeId, plan);
      }
    }
  }
  return byTree;
}
