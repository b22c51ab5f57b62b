// expect: none
// The worker executor handles message, error and exit, and cleanup() detaches all three before the single resolve/reject.
import { Worker } from 'node:worker_threads';

export interface TowerSpec {
  towerId: string;
  weightKg: number;
  dropM: number;
  drumDiameterMm: number;
  strikeTrains: number;
}

export interface WindingPlan {
  towerId: string;
  turnsPerDay: number;
  windAt: string[];
  reserveHours: number;
}

type SolverMessage =
  | { type: 'progress'; pct: number }
  | { type: 'plan'; plan: WindingPlan }
  | { type: 'infeasible'; reason: string };

declare const solverConfig: {
  scriptPath: string;
  resourceLimits: { maxOldGenerationSizeMb: number };
};

declare const progressBar: {
  update(towerId: string, pct: number): void;
};

declare const log: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

export function computeWindingPlan(spec: TowerSpec): Promise<WindingPlan> {
  return new Promise<WindingPlan>((resolve, reject) => {
    const worker = new Worker(solverConfig.scriptPath, {
      workerData: spec,
      resourceLimits: solverConfig.resourceLimits,
    });

    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };

    const onMessage = (msg: SolverMessage): void => {
      if (msg.type === 'progress') {
        progressBar.update(spec.towerId, msg.pct);
        return;
      }
      cleanup();
      if (msg.type === 'plan') {
        resolve(msg.plan);
      } else {
        reject(new Error(`no winding plan for ${spec.towerId}: ${msg.reason}`));
      }
      worker.terminate().catch((err: unknown) => {
        log.warn('solver worker did not terminate cleanly', { towerId: spec.towerId, err });
      });
    };

    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };

    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`winding solver for ${spec.towerId} exited with code ${code} before answering`));
    };

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

export function validateSpec(spec: TowerSpec): string[] {
  const problems: string[] = [];
  if (spec.weightKg <= 0) problems.push('driving weight must be positive');
  if (spec.dropM < 2) problems.push('weight drop shorter than 2m cannot run a full day');
  if (spec.drumDiameterMm < 60) problems.push('drum diameter below 60mm overstresses the cable');
  if (spec.strikeTrains < 0 || spec.strikeTrains > 3) problems.push('between 0 and 3 strike trains supported');
  return problems;
}

export async function planTowers(specs: TowerSpec[]): Promise<Map<string, WindingPlan>> {
  const plans = new Map<string, WindingPlan>();
  for (const spec of specs) {
    const problems = validateSpec(spec);
    if (problems.length > 0) {
      log.warn('skipping tower with invalid spec', { towerId: spec.towerId, problems });
      continue;
    }
    plans.set(spec.towerId, await computeWindingPlan(spec));
  }
  return plans;
}
