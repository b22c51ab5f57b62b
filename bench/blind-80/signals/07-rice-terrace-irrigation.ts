// expect: none
// The race's timeout sleep and the flow wait share a local AbortController (combined with the caller's signal) that is aborted in finally, so the losing side is always cancelled.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FlowReading {
  gateId: string;
  litresPerSecond: number;
  at: Date;
}

export interface ReleasePlan {
  gateId: string;
  targetLps: number;
  minutes: number;
}

declare const flowMeters: {
  waitForFlow(gateId: string, minLps: number, options: { signal: AbortSignal }): Promise<FlowReading>;
};

declare const sluices: {
  open(gateId: string, pct: number, options?: { signal?: AbortSignal }): Promise<void>;
  close(gateId: string): Promise<void>;
};

export class FlowTimeoutError extends Error {
  constructor(gateId: string, ms: number) {
    super(`no flow at gate ${gateId} after ${ms}ms: check for a blocked channel`);
    this.name = 'FlowTimeoutError';
  }
}

async function waitForFlowOrTimeout(
  gateId: string,
  minLps: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<FlowReading> {
  const local = new AbortController();
  const combined = AbortSignal.any([signal, local.signal]);
  try {
    return await Promise.race([
      flowMeters.waitForFlow(gateId, minLps, { signal: combined }),
      sleep(timeoutMs, undefined, { signal: combined }).then(() => {
        throw new FlowTimeoutError(gateId, timeoutMs);
      }),
    ]);
  } finally {
    // Cancel whichever side lost: the meter subscription or the timer.
    local.abort();
  }
}

function openingFor(targetLps: number): number {
  // The stone sluices pass roughly 4 l/s per 10% opening at normal head.
  return Math.min(100, Math.ceil(targetLps / 4) * 10);
}

export async function releaseWater(plans: ReleasePlan[], signal: AbortSignal): Promise<FlowReading[]> {
  const readings: FlowReading[] = [];
  for (const plan of plans) {
    signal.throwIfAborted();
    await sluices.open(plan.gateId, openingFor(plan.targetLps), { signal });
    try {
      const reading = await waitForFlowOrTimeout(plan.gateId, plan.targetLps * 0.8, 5 * 60_000, signal);
      readings.push(reading);
      await sleep(plan.minutes * 60_000, undefined, { signal });
    } finally {
      await sluices.close(plan.gateId);
    }
  }
  return readings;
}
