// expect: none
// Both the retry helper and the mast poll call their operation afresh on every iteration, so each attempt really is a new request.
import { setTimeout as delay } from 'node:timers/promises';

export interface MooringStatus {
  mastId: string;
  latched: boolean;
  windKnots: number;
  noseConeTempC: number;
}

export interface DockingPlan {
  airshipId: string;
  hangarBay: number;
  mastId: string;
  walkInCrew: number;
}

declare const mastTelemetry: {
  status(mastId: string): Promise<MooringStatus>;
};

declare const hangarDoors: {
  open(bay: number): Promise<void>;
  close(bay: number): Promise<void>;
};

declare const groundCrew: {
  assign(bay: number, count: number): Promise<string[]>;
};

async function retry<T>(label: string, op: () => Promise<T>, attempts = 4): Promise<T> {
  let last: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await op();
    } catch (err) {
      last = err;
      await delay(200 * 2 ** attempt);
    }
  }
  throw new Error(`${label} failed after ${attempts} attempts`, { cause: last });
}

async function pollUntilLatched(mastId: string, timeoutMs: number): Promise<MooringStatus> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const status = await retry(`mast ${mastId} status`, () => mastTelemetry.status(mastId));
    if (status.windKnots > 25) {
      throw new Error(`wind ${status.windKnots}kt at mast ${mastId}: abort walk-in`);
    }
    if (status.latched) return status;
    await delay(1_000);
  }
  throw new Error(`mast ${mastId} did not latch within ${timeoutMs / 1000}s`);
}

export async function walkIntoHangar(plan: DockingPlan): Promise<{ crew: string[]; latchedAt: Date }> {
  const status = await pollUntilLatched(plan.mastId, 10 * 60_000);
  if (status.noseConeTempC > 60) {
    throw new Error(`nose cone at ${status.noseConeTempC}°C: let it cool before walk-in`);
  }

  const [crew] = await Promise.all([
    retry('crew assignment', () => groundCrew.assign(plan.hangarBay, plan.walkInCrew)),
    retry(`open bay ${plan.hangarBay}`, () => hangarDoors.open(plan.hangarBay)),
  ]);
  if (crew.length < plan.walkInCrew) {
    await hangarDoors.close(plan.hangarBay);
    throw new Error(`only ${crew.length} of ${plan.walkInCrew} handlers available for ${plan.airshipId}`);
  }
  return { crew, latchedAt: new Date() };
}
