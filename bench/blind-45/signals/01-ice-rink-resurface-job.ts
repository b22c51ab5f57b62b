// expect: require-signal-propagation
// waitForFreeze passes options.signal to fetch but not to the timers/promises sleep between polls, so a cancelled job keeps sleeping for up to a minute.
import { setTimeout as sleep } from 'node:timers/promises';

export interface IceCondition {
  rinkId: string;
  surfaceTempC: number;
  thicknessMm: number;
  standingWater: boolean;
}

export interface FreezeOptions {
  signal?: AbortSignal;
  pollMs?: number;
  targetSurfaceC?: number;
}

declare const rinkApiBase: string;

declare const brineChiller: {
  // Local PLC write over Modbus; completes in milliseconds and cannot be cancelled.
  setSupplyTemp(rinkId: string, celsius: number): Promise<void>;
};

async function readCondition(rinkId: string, signal?: AbortSignal): Promise<IceCondition> {
  const res = await fetch(`${rinkApiBase}/rinks/${encodeURIComponent(rinkId)}/ice`, { signal });
  if (!res.ok) {
    throw new Error(`ice sensor API returned ${res.status} for ${rinkId}`);
  }
  return (await res.json()) as IceCondition;
}

export async function waitForFreeze(rinkId: string, options: FreezeOptions = {}): Promise<IceCondition> {
  const { signal, pollMs = 60_000, targetSurfaceC = -5.5 } = options;

  for (;;) {
    const condition = await readCondition(rinkId, signal);
    if (!condition.standingWater && condition.surfaceTempC <= targetSurfaceC) {
      return condition;
    }
    await sleep(pollMs);
  }
}

export async function floodAndFreeze(
  rinkId: string,
  options: FreezeOptions & { boostSupplyC?: number; normalSupplyC?: number } = {},
): Promise<IceCondition> {
  const { boostSupplyC = -11, normalSupplyC = -8 } = options;
  options.signal?.throwIfAborted();

  // Drop the brine supply harder while the fresh flood is still liquid.
  await brineChiller.setSupplyTemp(rinkId, boostSupplyC);
  try {
    const condition = await waitForFreeze(rinkId, options);
    if (condition.thicknessMm < 25) {
      throw new Error(`${rinkId} frozen but only ${condition.thicknessMm} mm thick`);
    }
    return condition;
  } finally {
    // Always restore normal brine temperature, even if the job was cancelled.
    await brineChiller.setSupplyTemp(rinkId, normalSupplyC);
  }
}

export function describeIce(c: IceCondition): string {
  const water = c.standingWater ? ', standing water' : '';
  return `${c.rinkId}: ${c.surfaceTempC.toFixed(1)}°C, ${c.thicknessMm} mm${water}`;
}
