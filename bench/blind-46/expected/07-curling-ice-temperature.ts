// expect: no-reused-settled-promise
// waitForSheetTemperature samples the probe once before the loop and re-awaits that same reading on every poll iteration.
import { setTimeout as delay } from 'node:timers/promises';

export interface SheetReading {
  sheet: 'A' | 'B' | 'C' | 'D' | 'E';
  surfaceC: number;
  brineReturnC: number;
  humidityPct: number;
  takenAt: number;
}

export interface IcePlan {
  sheet: SheetReading['sheet'];
  targetSurfaceC: number;
  toleranceC: number;
  pebbleAfter: boolean;
}

declare const iceProbe: {
  sample(sheet: SheetReading['sheet']): Promise<SheetReading>;
};

declare const chiller: {
  setBrineSupply(celsius: number): Promise<void>;
  currentSupply(): Promise<number>;
};

declare const iceCrew: {
  page(message: string): Promise<void>;
};

export class SheetNotReady extends Error {
  constructor(readonly last: SheetReading, target: number) {
    super(`sheet ${last.sheet} at ${last.surfaceC.toFixed(2)}°C, target ${target.toFixed(2)}°C`);
    this.name = 'SheetNotReady';
  }
}

export async function waitForSheetTemperature(
  plan: IcePlan,
  { timeoutMs = 20 * 60_000, intervalMs = 30_000 } = {},
): Promise<SheetReading> {
  const deadline = Date.now() + timeoutMs;
  const sampling = iceProbe.sample(plan.sheet);
  let last: SheetReading | undefined;
  while (Date.now() < deadline) {
    last = await sampling;
    if (Math.abs(last.surfaceC - plan.targetSurfaceC) <= plan.toleranceC) return last;
    await delay(intervalMs);
  }
  if (!last) last = await iceProbe.sample(plan.sheet);
  throw new SheetNotReady(last, plan.targetSurfaceC);
}

function brineSetpointFor(plan: IcePlan, humidityPct: number): number {
  const humidityCorrection = humidityPct > 55 ? -0.4 : humidityPct < 35 ? 0.2 : 0;
  return plan.targetSurfaceC - 3.2 + humidityCorrection;
}

export async function prepareForDraw(plans: IcePlan[]): Promise<Map<IcePlan['sheet'], SheetReading>> {
  const ready = new Map<IcePlan['sheet'], SheetReading>();
  const firstPlan = plans[0];
  if (!firstPlan) return ready;
  const opening = await iceProbe.sample(firstPlan.sheet);
  const setpoint = Math.min(...plans.map((p) => brineSetpointFor(p, opening.humidityPct)));
  if (Math.abs((await chiller.currentSupply()) - setpoint) > 0.1) await chiller.setBrineSupply(setpoint);

  for (const plan of plans) {
    try {
      ready.set(plan.sheet, await waitForSheetTemperature(plan));
    } catch (err) {
      if (!(err instanceof SheetNotReady)) throw err;
      await iceCrew.page(`${err.message}; draw for sheet ${plan.sheet} delayed`);
    }
  }
  return ready;
}

export function pebbleOrder(plans: IcePlan[], readings: Map<IcePlan['sheet'], SheetReading>): IcePlan['sheet'][] {
  return plans
    .filter((p) => p.pebbleAfter && readings.has(p.sheet))
    .sort((a, b) => readings.get(a.sheet)!.surfaceC - readings.get(b.sheet)!.surfaceC)
    .map((p) => p.sheet);
}
