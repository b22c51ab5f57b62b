// expect: no-multiple-settle
// the worker promise handles 'message' and 'error' but not 'exit', so a worker that exits without posting a result leaves it pending forever
import { Worker } from "node:worker_threads";
import path from "node:path";

export interface KilnCharge {
  chargeId: string;
  species: "oak" | "ash" | "maple" | "walnut" | "pine";
  thicknessMm: number;
  initialMoisturePct: number;
  targetMoisturePct: number;
  boardFeet: number;
}

export interface DryingStep {
  hour: number;
  dryBulbC: number;
  wetBulbC: number;
  fanSpeedPct: number;
}

export interface DryingSchedule {
  chargeId: string;
  steps: DryingStep[];
  estimatedHours: number;
}

declare const kilnController: {
  upload(kilnId: string, schedule: DryingSchedule): Promise<void>;
  currentCharge(kilnId: string): Promise<string | null>;
};

const SOLVER_PATH = path.join(__dirname, "schedule-solver.js");

function solveInWorker(charge: KilnCharge): Promise<DryingSchedule> {
  return new Promise<DryingSchedule>((resolve, reject) => {
    const worker = new Worker(SOLVER_PATH, {
      workerData: charge,
      resourceLimits: { maxOldGenerationSizeMb: 128 },
    });

    worker.once("message", (msg: { ok: boolean; schedule?: DryingSchedule; error?: string }) => {
      if (msg.ok && msg.schedule) {
        resolve(msg.schedule);
      } else {
        reject(new Error(msg.error ?? `solver failed for ${charge.chargeId}`));
      }
    });
    worker.once("error", (err) => {
      reject(err);
    });
  });
}

function sanityCheck(schedule: DryingSchedule, charge: KilnCharge): void {
  const last = schedule.steps[schedule.steps.length - 1];
  if (!last) throw new Error(`empty schedule for ${charge.chargeId}`);
  for (const step of schedule.steps) {
    if (step.wetBulbC > step.dryBulbC) {
      throw new Error(`wet bulb above dry bulb at hour ${step.hour}`);
    }
    if (step.dryBulbC > 82) {
      throw new Error(`dry bulb ${step.dryBulbC}C exceeds kiln rating`);
    }
  }
}

export async function planAndLoad(kilnId: string, charge: KilnCharge): Promise<DryingSchedule> {
  const loaded = await kilnController.currentCharge(kilnId);
  if (loaded !== null && loaded !== charge.chargeId) {
    throw new Error(`kiln ${kilnId} is still drying ${loaded}`);
  }
  if (charge.initialMoisturePct <= charge.targetMoisturePct) {
    throw new Error(`charge ${charge.chargeId} is already at target moisture`);
  }
  const schedule = await solveInWorker(charge);
  sanityCheck(schedule, charge);
  await kilnController.upload(kilnId, schedule);
  return schedule;
}
