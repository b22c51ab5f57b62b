// expect: no-promise-as-value
// assert.ok receives trolley.brakePadsWithinSpec(), an unawaited promise, so the brake-pad check can never fail.
import assert from 'node:assert/strict';

export interface Rider {
  riderId: string;
  weightKg: number;
  harnessSize: 'S' | 'M' | 'L' | 'XL';
  waiverSigned: boolean;
}

export interface LineStatus {
  lineId: string;
  windKmh: number;
  landingClear: boolean;
}

interface Trolley {
  trolleyId: string;
  brakePadsWithinSpec(): Promise<boolean>;
  runsSinceService(): number;
}

declare const lineSensors: {
  status(lineId: string): Promise<LineStatus>;
};

declare const dispatchLog: {
  record(entry: { lineId: string; riderId: string; trolleyId: string; at: number }): Promise<void>;
};

declare const gate: {
  release(lineId: string): Promise<void>;
};

const WEIGHT_LIMITS_KG: readonly [number, number] = [35, 125];
const MAX_WIND_KMH = 45;
const SERVICE_INTERVAL_RUNS = 400;

export class PreflightError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreflightError';
  }
}

function checkRider(rider: Rider): void {
  const [min, max] = WEIGHT_LIMITS_KG;
  if (rider.weightKg < min || rider.weightKg > max) {
    throw new PreflightError(`rider ${rider.riderId} weight ${rider.weightKg} kg outside ${min}-${max}`);
  }
  if (!rider.waiverSigned) {
    throw new PreflightError(`rider ${rider.riderId} has not signed the waiver`);
  }
}

export async function dispatch(lineId: string, rider: Rider, trolley: Trolley): Promise<void> {
  checkRider(rider);

  const status = await lineSensors.status(lineId);
  if (status.windKmh > MAX_WIND_KMH) {
    throw new PreflightError(`line ${lineId} closed: wind ${status.windKmh} km/h`);
  }
  if (!status.landingClear) {
    throw new PreflightError(`line ${lineId}: landing platform not clear`);
  }

  assert.ok(trolley.runsSinceService() < SERVICE_INTERVAL_RUNS, `trolley ${trolley.trolleyId} overdue for service`);
  assert.ok(trolley.brakePadsWithinSpec(), `trolley ${trolley.trolleyId} brake pads worn`);

  await gate.release(lineId);
  await dispatchLog.record({ lineId, riderId: rider.riderId, trolleyId: trolley.trolleyId, at: Date.now() });
}

export async function dispatchGroup(lineId: string, riders: readonly Rider[], trolley: Trolley): Promise<string[]> {
  const sent: string[] = [];
  for (const rider of riders) {
    await dispatch(lineId, rider, trolley);
    sent.push(rider.riderId);
  }
  return sent;
}
