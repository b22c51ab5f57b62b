// expect: no-multiple-settle
// The promise only listens for the worker's 'message', so if the route planner throws or the worker exits without posting a reply, nothing ever settles and the night shift hangs on that rink forever.
import { Worker } from 'node:worker_threads';

export interface WornZone {
  x: number;
  y: number;
  severity: 1 | 2 | 3;
}

export interface RinkSurface {
  rinkId: string;
  widthM: number;
  lengthM: number;
  iceTempC: number;
  wornZones: WornZone[];
}

export interface ResurfacePlan {
  rinkId: string;
  passes: Array<{ fromX: number; toX: number; y: number; waterLitres: number }>;
  minutes: number;
}

type PlannerReply = { ok: true; plan: ResurfacePlan } | { ok: false; reason: string };

const PLANNER_PATH = process.env.ZAMBONI_PLANNER ?? '/opt/rink/route-planner.worker.mjs';

export class ResurfaceScheduler {
  private readonly history: ResurfacePlan[] = [];

  constructor(private readonly maxMinutes = 15) {}

  plan(surface: RinkSurface): Promise<ResurfacePlan> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(PLANNER_PATH, {
        workerData: { surface, maxMinutes: this.maxMinutes },
      });
      worker.once('message', (reply: PlannerReply) => {
        if (reply.ok) {
          resolve(reply.plan);
        } else {
          reject(new Error(`planner refused ${surface.rinkId}: ${reply.reason}`));
        }
      });
    });
  }

  async runNightShift(surfaces: RinkSurface[], log: (line: string) => void): Promise<ResurfacePlan[]> {
    const plans: ResurfacePlan[] = [];
    for (const surface of surfaces) {
      const plan = await this.plan(surface);
      const litres = plan.passes.reduce((sum, p) => sum + p.waterLitres, 0);
      log(`${surface.rinkId}: ${plan.passes.length} passes, ${plan.minutes} min, ${litres.toFixed(0)} L`);
      plans.push(plan);
      this.history.push(plan);
    }
    return plans;
  }

  lastPlanFor(rinkId: string): ResurfacePlan | undefined {
    return this.history.findLast((p) => p.rinkId === rinkId);
  }
}
