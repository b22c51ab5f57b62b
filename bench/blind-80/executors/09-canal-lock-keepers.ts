// expect: none
// The worker executor handles 'message', 'error' and 'exit' through a single settle() that detaches every listener, so any outcome settles it exactly once.
import { Worker } from 'node:worker_threads';

export interface ChamberSpec {
  lockId: string;
  lengthM: number;
  widthM: number;
  upperLevelM: number;
  lowerLevelM: number;
}

export interface FillPlan {
  lockId: string;
  paddleSteps: Array<{ atSecond: number; paddle: 'ground' | 'gate'; openPct: number }>;
  volumeM3: number;
  estimatedSeconds: number;
}

declare const plannerConfig: {
  workerPath: string;
  maxSeconds: number;
};

declare const lockBoard: {
  publishPlan(plan: FillPlan): Promise<void>;
};

function computeFillPlan(spec: ChamberSpec): Promise<FillPlan> {
  return new Promise<FillPlan>((resolve, reject) => {
    const worker = new Worker(plannerConfig.workerPath, { workerData: spec });
    let settled = false;

    const onMessage = (message: unknown) => {
      const plan = message as FillPlan;
      if (!plan || plan.lockId !== spec.lockId) {
        settle(new Error(`planner answered for the wrong lock: ${JSON.stringify(message)}`));
        return;
      }
      settle(null, plan);
    };
    const onError = (err: Error) => settle(err);
    const onExit = (code: number) => {
      settle(new Error(`fill planner exited with code ${code} before replying for ${spec.lockId}`));
    };

    function settle(err: Error | null, plan?: FillPlan): void {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      void worker.terminate().catch(() => undefined);
      if (err || !plan) reject(err ?? new Error('fill planner returned nothing'));
      else resolve(plan);
    }

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

function validatePlan(spec: ChamberSpec, plan: FillPlan): string[] {
  const problems: string[] = [];
  const expectedVolume = spec.lengthM * spec.widthM * (spec.upperLevelM - spec.lowerLevelM);
  if (Math.abs(plan.volumeM3 - expectedVolume) / expectedVolume > 0.05) {
    problems.push(`volume ${plan.volumeM3.toFixed(0)}m³ differs from chamber ${expectedVolume.toFixed(0)}m³`);
  }
  if (plan.estimatedSeconds > plannerConfig.maxSeconds) {
    problems.push(`fill would take ${plan.estimatedSeconds}s, over the ${plannerConfig.maxSeconds}s limit`);
  }
  // Gate paddles before ground paddles cause a bow wave into the chamber.
  const firstGate = plan.paddleSteps.find((s) => s.paddle === 'gate');
  const firstGround = plan.paddleSteps.find((s) => s.paddle === 'ground');
  if (firstGate && firstGround && firstGate.atSecond < firstGround.atSecond) {
    problems.push('gate paddles open before ground paddles');
  }
  return problems;
}

export async function planAndPublish(spec: ChamberSpec): Promise<FillPlan> {
  const plan = await computeFillPlan(spec);
  const problems = validatePlan(spec, plan);
  if (problems.length > 0) {
    throw new Error(`rejected fill plan for ${spec.lockId}: ${problems.join('; ')}`);
  }
  await lockBoard.publishPlan(plan);
  return plan;
}
