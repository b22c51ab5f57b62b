// expect: no-reused-settled-promise
// readFinGapWithRetry starts one sensor read and re-awaits that same settled promise on every retry, so a failed read fails all attempts.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FinGap {
  finId: string;
  gapMm: number;
  magnetTempC: number;
  measuredAt: number;
}

export interface BrakeZone {
  zoneId: string;
  finIds: string[];
  minGapMm: number;
  maxGapMm: number;
}

declare const sensorBus: { readGap(finId: string): Promise<FinGap> };
declare const rideControl: {
  blockZone(zoneId: string, reason: string): Promise<void>;
  clearZone(zoneId: string): Promise<void>;
};

const BACKOFF_MS = [50, 150, 400, 1_000];

function backoff(attempt: number): number {
  return BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
}

export async function readFinGapWithRetry(finId: string, attempts = 4): Promise<FinGap> {
  const reading = sensorBus.readGap(finId);
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const gap = await reading;
      if (Number.isFinite(gap.gapMm)) return gap;
      lastError = new Error(`fin ${finId} reported a non-numeric gap`);
    } catch (err) {
      lastError = err;
    }
    await sleep(backoff(attempt));
  }
  throw new Error(`fin ${finId} unreadable after ${attempts} attempts`, { cause: lastError });
}

export interface ZoneCheck {
  zoneId: string;
  outOfTolerance: FinGap[];
  hottestMagnetC: number;
}

export async function checkZone(zone: BrakeZone): Promise<ZoneCheck> {
  const gaps: FinGap[] = [];
  for (const finId of zone.finIds) {
    gaps.push(await readFinGapWithRetry(finId));
  }
  const outOfTolerance = gaps.filter((g) => g.gapMm < zone.minGapMm || g.gapMm > zone.maxGapMm);
  const hottestMagnetC = Math.max(...gaps.map((g) => g.magnetTempC));
  return { zoneId: zone.zoneId, outOfTolerance, hottestMagnetC };
}

export async function morningInspection(zones: BrakeZone[]): Promise<ZoneCheck[]> {
  const checks: ZoneCheck[] = [];
  for (const zone of zones) {
    const check = await checkZone(zone);
    if (check.outOfTolerance.length > 0 || check.hottestMagnetC > 70) {
      const fins = check.outOfTolerance.map((g) => `${g.finId}=${g.gapMm}mm`).join(', ');
      await rideControl.blockZone(zone.zoneId, fins || `magnets at ${check.hottestMagnetC}C`);
    } else {
      await rideControl.clearZone(zone.zoneId);
    }
    checks.push(check);
  }
  return checks;
}
