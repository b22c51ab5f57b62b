// expect: none
// The retry and poll helpers take a factory and call it on every attempt, so each await is on a fresh reading or request.
import { setTimeout as delay } from 'node:timers/promises';

export interface RackReading {
  rackId: string;
  ec: number;
  ph: number;
  waterTempC: number;
  takenAt: number;
}

export interface DosingPlan {
  rackId: string;
  nutrientAMl: number;
  nutrientBMl: number;
  phDownMl: number;
}

declare const rackSensors: {
  read(rackId: string): Promise<RackReading>;
};

declare const dosingPump: {
  dose(plan: DosingPlan): Promise<{ jobId: string }>;
};

declare const farmLog: {
  info(msg: string, fields?: Record<string, unknown>): void;
};

export async function retry<T>(attempt: () => Promise<T>, tries = 4, backoffMs = 500): Promise<T> {
  let lastError: unknown;
  for (let i = 1; i <= tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
      if (i < tries) await delay(backoffMs * i);
    }
  }
  throw lastError;
}

export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { intervalMs = 2_000, maxPolls = 30 } = {},
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < maxPolls; i++) {
    last = await read();
    if (done(last)) return last;
    await delay(intervalMs);
  }
  throw new Error(`condition not met after ${maxPolls} polls; last value ${JSON.stringify(last)}`);
}

function planDose(reading: RackReading, targetEc: number, targetPh: number): DosingPlan {
  const ecGap = Math.max(0, targetEc - reading.ec);
  const phGap = Math.max(0, reading.ph - targetPh);
  return {
    rackId: reading.rackId,
    nutrientAMl: Math.round(ecGap * 40),
    nutrientBMl: Math.round(ecGap * 40),
    phDownMl: Math.round(phGap * 12),
  };
}

export async function balanceRack(rackId: string, targetEc = 1.4, targetPh = 6.0): Promise<RackReading> {
  const before = await retry(() => rackSensors.read(rackId));
  const plan = planDose(before, targetEc, targetPh);
  if (plan.nutrientAMl === 0 && plan.phDownMl === 0) {
    return before;
  }

  const { jobId } = await retry(() => dosingPump.dose(plan), 2);
  farmLog.info('dosing started', { rackId, jobId, plan });

  const after = await pollUntil(
    () => rackSensors.read(rackId),
    (r) => Math.abs(r.ec - targetEc) < 0.1 && Math.abs(r.ph - targetPh) < 0.2,
    { intervalMs: 5_000, maxPolls: 24 },
  );
  farmLog.info('rack balanced', { rackId, ec: after.ec, ph: after.ph });
  return after;
}
