// expect: no-reused-settled-promise
// the warm-up retry loop starts heatHead() once and re-awaits that same settled promise on every attempt instead of re-heating
import { setTimeout as sleep } from "node:timers/promises";

export interface FlossMachine {
  machineId: string;
  venue: string;
  headDiameterMm: number;
}

export interface HeadStatus {
  machineId: string;
  tempC: number;
  rpm: number;
}

declare const machineBus: {
  heatHead(machineId: string, targetC: number): Promise<HeadStatus>;
  setSugarFeed(machineId: string, gramsPerMinute: number): Promise<void>;
  stopHead(machineId: string): Promise<void>;
};

declare const venueLog: {
  write(venue: string, line: string): void;
};

const TARGET_TEMP_C = 185;
const MAX_ATTEMPTS = 4;

class WarmupError extends Error {
  constructor(readonly machineId: string, readonly attempts: number, cause: unknown) {
    super(`machine ${machineId} failed to warm up after ${attempts} attempts`, { cause });
  }
}

function feedRateFor(machine: FlossMachine): number {
  return Math.round(machine.headDiameterMm * 0.9);
}

export async function warmUp(machine: FlossMachine): Promise<HeadStatus> {
  const heating = machineBus.heatHead(machine.machineId, TARGET_TEMP_C);
  let lastError: unknown;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const status = await heating;
      if (status.tempC < TARGET_TEMP_C - 10) {
        throw new Error(`head only reached ${status.tempC}C`);
      }
      venueLog.write(machine.venue, `${machine.machineId} warm after ${attempt} attempt(s)`);
      return status;
    } catch (err) {
      lastError = err;
      venueLog.write(machine.venue, `${machine.machineId} warm-up attempt ${attempt} failed`);
      await sleep(1_500 * attempt);
    }
  }
  throw new WarmupError(machine.machineId, MAX_ATTEMPTS, lastError);
}

export async function openStation(machines: FlossMachine[]): Promise<string[]> {
  const ready: string[] = [];
  for (const machine of machines) {
    try {
      await warmUp(machine);
      await machineBus.setSugarFeed(machine.machineId, feedRateFor(machine));
      ready.push(machine.machineId);
    } catch (err) {
      if (err instanceof WarmupError) {
        await machineBus.stopHead(machine.machineId);
        continue;
      }
      throw err;
    }
  }
  return ready;
}

export async function closeStation(machines: FlossMachine[]): Promise<void> {
  await Promise.all(
    machines.map(async (m) => {
      await machineBus.setSugarFeed(m.machineId, 0);
      await machineBus.stopHead(m.machineId);
    }),
  );
}
