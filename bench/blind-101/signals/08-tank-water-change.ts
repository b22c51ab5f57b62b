// expect: require-signal-propagation
// The water-change loop holds a signal and checks it before each step, but its settling wait uses the timers/promises sleep without passing { signal }, so an abort during the ten-minute settle is ignored until the sleep ends and the pump cycle runs one more time.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PumpController {
  drain(tankId: string, litres: number, opts: { signal?: AbortSignal }): Promise<number>;
  fill(tankId: string, litres: number, opts: { signal?: AbortSignal }): Promise<number>;
}

export interface SalinityProbe {
  read(tankId: string, opts: { signal?: AbortSignal }): Promise<number>;
}

export interface WaterChangeLog {
  tankId: string;
  steps: Array<{ drained: number; filled: number; salinityPpt: number }>;
}

export interface WaterChangePlan {
  tankId: string;
  totalLitres: number;
  stepLitres: number;
  settleMs: number;
  targetPpt: number;
}

export async function changeWater(
  pumps: PumpController,
  probe: SalinityProbe,
  plan: WaterChangePlan,
  signal: AbortSignal,
): Promise<WaterChangeLog> {
  const log: WaterChangeLog = { tankId: plan.tankId, steps: [] };
  let remaining = plan.totalLitres;

  while (remaining > 0) {
    signal.throwIfAborted();
    const litres = Math.min(plan.stepLitres, remaining);
    const drained = await pumps.drain(plan.tankId, litres, { signal });
    const filled = await pumps.fill(plan.tankId, drained, { signal });
    remaining -= filled;

    await sleep(plan.settleMs);

    const salinityPpt = await probe.read(plan.tankId, { signal });
    log.steps.push({ drained, filled, salinityPpt });
    if (Math.abs(salinityPpt - plan.targetPpt) > 1.5) {
      throw new Error(
        `${plan.tankId}: salinity ${salinityPpt.toFixed(1)} ppt drifted from target ${plan.targetPpt} ppt; stopping water change`,
      );
    }
  }

  return log;
}

export function describeChange(log: WaterChangeLog): string {
  const litres = log.steps.reduce((sum, s) => sum + s.filled, 0);
  const last = log.steps.at(-1);
  const tail = last ? `, final salinity ${last.salinityPpt.toFixed(1)} ppt` : '';
  return `${log.tankId}: ${litres.toFixed(0)} L exchanged in ${log.steps.length} steps${tail}`;
}
