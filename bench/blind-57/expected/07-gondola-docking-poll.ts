// expect: no-reused-settled-promise
// Bug: waitUntilDocked reads cabinTelemetry.status() once and polls by re-awaiting that same settled promise, so it never sees the cabin arrive.
import { setTimeout as sleep } from 'node:timers/promises';

declare const cabinTelemetry: {
  status(cabinId: string): Promise<CabinStatus>;
};

declare const stationDoors: {
  open(stationId: string, cabinId: string): Promise<void>;
  close(stationId: string, cabinId: string): Promise<void>;
};

declare const liftLog: {
  write(event: string, data: Record<string, unknown>): void;
};

export interface CabinStatus {
  cabinId: string;
  stationId: string | null;
  speedMps: number;
  docked: boolean;
  load: number;
}

export interface DockingOptions {
  timeoutMs?: number;
  pollMs?: number;
}

export async function waitUntilDocked(
  cabinId: string,
  stationId: string,
  { timeoutMs = 45_000, pollMs = 500 }: DockingOptions = {},
): Promise<CabinStatus> {
  const deadline = Date.now() + timeoutMs;
  const current = cabinTelemetry.status(cabinId);
  while (Date.now() < deadline) {
    const status = await current;
    if (status.docked && status.stationId === stationId && status.speedMps < 0.05) {
      return status;
    }
    liftLog.write('cabin.approach', { cabinId, stationId, speedMps: status.speedMps });
    await sleep(pollMs);
  }
  throw new Error(`cabin ${cabinId} did not dock at ${stationId} within ${timeoutMs}ms`);
}

const MAX_LOAD = 8;

export async function boardCabin(
  cabinId: string,
  stationId: string,
  passengers: number,
): Promise<{ boarded: number; leftBehind: number }> {
  const status = await waitUntilDocked(cabinId, stationId);
  const space = Math.max(0, MAX_LOAD - status.load);
  const boarded = Math.min(space, passengers);

  await stationDoors.open(stationId, cabinId);
  try {
    // Dwell proportional to the number of people getting on, with a floor for
    // skiers who need to stow equipment.
    await sleep(Math.max(8_000, boarded * 2_500));
  } finally {
    await stationDoors.close(stationId, cabinId);
  }

  liftLog.write('cabin.boarded', { cabinId, stationId, boarded });
  return { boarded, leftBehind: passengers - boarded };
}
