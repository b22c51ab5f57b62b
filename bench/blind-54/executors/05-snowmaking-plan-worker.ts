// expect: no-multiple-settle
// The worker promise only listens for 'message'; if the solver throws or exits early the executor never settles (no 'error'/'exit' handling).
import { Worker } from "node:worker_threads";
import { resolve as resolvePath } from "node:path";

export interface CannonNode {
  id: string;
  slope: string;
  elevationM: number;
  maxFlowLpm: number;
}

export interface WeatherWindow {
  startsAt: string;
  endsAt: string;
  wetBulbC: number;
}

export interface GridPlan {
  windowStart: string;
  assignments: Array<{ cannonId: string; flowLpm: number; minutes: number }>;
  totalWaterM3: number;
}

interface SolverRequest {
  nodes: CannonNode[];
  window: WeatherWindow;
  reservoirM3: number;
}

declare const reservoir: { availableM3(): Promise<number> };
declare const planStore: { save(slope: string, plan: GridPlan): Promise<void> };

const SOLVER_PATH = resolvePath(__dirname, "grid-solver.worker.js");
const MARGINAL_WET_BULB_C = -2.5;

function solveInWorker(request: SolverRequest): Promise<GridPlan> {
  return new Promise<GridPlan>((resolve) => {
    const worker = new Worker(SOLVER_PATH, {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    worker.once("message", (plan: GridPlan) => resolve(plan));
  });
}

function usableNodes(nodes: CannonNode[], window: WeatherWindow): CannonNode[] {
  if (window.wetBulbC <= MARGINAL_WET_BULB_C) return nodes;
  // In marginal conditions only the upper cannons make snow worth grooming.
  const sorted = [...nodes].sort((a, b) => b.elevationM - a.elevationM);
  return sorted.slice(0, Math.ceil(sorted.length / 2));
}

export async function planSlope(slope: string, nodes: CannonNode[], window: WeatherWindow): Promise<GridPlan | null> {
  const candidates = usableNodes(
    nodes.filter((n) => n.slope === slope),
    window,
  );
  if (candidates.length === 0) return null;

  const reservoirM3 = await reservoir.availableM3();
  if (reservoirM3 < 50) return null;

  const plan = await solveInWorker({ nodes: candidates, window, reservoirM3 });
  await planStore.save(slope, plan);
  return plan;
}

export async function planResort(nodes: CannonNode[], window: WeatherWindow): Promise<Map<string, GridPlan>> {
  const slopes = [...new Set(nodes.map((n) => n.slope))];
  const plans = new Map<string, GridPlan>();
  for (const slope of slopes) {
    const plan = await planSlope(slope, nodes, window);
    if (plan) plans.set(slope, plan);
  }
  return plans;
}
