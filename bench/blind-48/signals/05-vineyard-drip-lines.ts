// expect: no-leaked-race
// Bug: the 30-second delay() that loses the race is never cancelled, so every closed valve leaves a live timer behind (and keeps the process up).
import { setTimeout as delay } from 'node:timers/promises';

export interface DripZone {
  id: string;
  block: string;
  emitters: number;
  litresPerEmitterHour: number;
}

export interface IrrigationRun {
  zoneId: string;
  minutes: number;
  litres: number;
  closedAt: Date;
}

declare const valveBank: {
  open(zoneId: string): Promise<void>;
  close(zoneId: string): Promise<void>;
  confirmClosed(zoneId: string): Promise<{ pressureKpa: number }>;
};

declare const soilProbes: {
  moisture(block: string): Promise<number>;
};

const VALVE_CONFIRM_TIMEOUT_MS = 30_000;
const TARGET_MOISTURE = 0.32;

export class ValveTimeoutError extends Error {
  constructor(readonly zoneId: string) {
    super(`valve for zone ${zoneId} did not confirm closed within ${VALVE_CONFIRM_TIMEOUT_MS}ms`);
    this.name = 'ValveTimeoutError';
  }
}

async function closeAndConfirm(zoneId: string): Promise<number> {
  await valveBank.close(zoneId);
  const { pressureKpa } = await Promise.race([
    valveBank.confirmClosed(zoneId),
    delay(VALVE_CONFIRM_TIMEOUT_MS).then((): never => {
      throw new ValveTimeoutError(zoneId);
    }),
  ]);
  return pressureKpa;
}

export function minutesNeeded(zone: DripZone, moisture: number): number {
  const deficit = Math.max(0, TARGET_MOISTURE - moisture);
  return Math.min(90, Math.round(deficit * 400));
}

export async function irrigateZone(zone: DripZone): Promise<IrrigationRun | undefined> {
  const moisture = await soilProbes.moisture(zone.block);
  const minutes = minutesNeeded(zone, moisture);
  if (minutes === 0) return undefined;

  await valveBank.open(zone.id);
  try {
    await delay(minutes * 60_000);
  } finally {
    const residualKpa = await closeAndConfirm(zone.id);
    if (residualKpa > 20) throw new Error(`zone ${zone.id} still pressurised at ${residualKpa} kPa`);
  }
  return {
    zoneId: zone.id,
    minutes,
    litres: (zone.emitters * zone.litresPerEmitterHour * minutes) / 60,
    closedAt: new Date(),
  };
}

export async function nightlyCycle(zones: DripZone[]): Promise<IrrigationRun[]> {
  const runs: IrrigationRun[] = [];
  for (const zone of zones) {
    const run = await irrigateZone(zone);
    if (run) runs.push(run);
  }
  return runs;
}
