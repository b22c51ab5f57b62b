// expect: no-multiple-settle
// The timeout is never stored or cleared, so after the tide drops and the promise resolves, the timer still fires and calls reject on the already-settled promise (and keeps the worker alive).
import { EventEmitter } from 'node:events';

export interface TideGauge extends EventEmitter {
  readonly pan: string;
  currentLevelCm(): number;
}

export interface HarvestCrew {
  dispatch(pan: string, note: string): Promise<void>;
}

export class TideWindowMissed extends Error {
  constructor(readonly pan: string, readonly waitedMs: number) {
    super(`tide at pan ${pan} stayed high for ${Math.round(waitedMs / 60_000)} min`);
    this.name = 'TideWindowMissed';
  }
}

export function waitForLowWater(gauge: TideGauge, maxLevelCm: number, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const now = gauge.currentLevelCm();
    if (now <= maxLevelCm) {
      resolve(now);
      return;
    }

    const onLevel = (levelCm: number) => {
      if (levelCm > maxLevelCm) return;
      cleanup();
      resolve(levelCm);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      gauge.off('level', onLevel);
      gauge.off('error', onError);
    };

    gauge.on('level', onLevel);
    gauge.on('error', onError);

    setTimeout(() => {
      cleanup();
      reject(new TideWindowMissed(gauge.pan, timeoutMs));
    }, timeoutMs);
  });
}

export interface HarvestPlan {
  pan: string;
  maxLevelCm: number;
  crewNote: string;
}

export async function scheduleHarvest(
  gauges: Map<string, TideGauge>,
  crew: HarvestCrew,
  plans: HarvestPlan[],
): Promise<string[]> {
  const dispatched: string[] = [];
  for (const plan of plans) {
    const gauge = gauges.get(plan.pan);
    if (!gauge) continue;
    try {
      const level = await waitForLowWater(gauge, plan.maxLevelCm, 6 * 60 * 60_000);
      await crew.dispatch(plan.pan, `${plan.crewNote} (water at ${level} cm)`);
      dispatched.push(plan.pan);
    } catch (err) {
      if (err instanceof TideWindowMissed) {
        console.warn(err.message);
        continue;
      }
      throw err;
    }
  }
  return dispatched;
}
