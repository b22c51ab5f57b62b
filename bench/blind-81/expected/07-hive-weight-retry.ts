// expect: no-reused-settled-promise
// waitForSettledWeight reads the scale once before the loop and re-awaits that same reading each poll, so it never sees a newer, stable weight.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ScaleReading {
  hiveId: string;
  grams: number;
  stable: boolean;
  tempC: number;
  takenAt: number;
}

export interface NectarFlow {
  hiveId: string;
  deltaGrams: number;
  perHour: number;
  flowing: boolean;
}

declare const scales: {
  read(hiveId: string): Promise<ScaleReading>;
  tare(hiveId: string): Promise<void>;
};
declare const apiaryDb: {
  lastReading(hiveId: string): Promise<ScaleReading | undefined>;
  saveReading(reading: ScaleReading): Promise<void>;
};

const POLL_INTERVAL_MS = 1_500;
const MAX_POLLS = 12;
const FLOW_THRESHOLD_G_PER_H = 40;

export class UnstableScaleError extends Error {
  constructor(readonly hiveId: string, readonly polls: number) {
    super(`scale under hive ${hiveId} did not settle after ${polls} polls`);
  }
}

export async function waitForSettledWeight(hiveId: string): Promise<ScaleReading> {
  const reading = scales.read(hiveId);
  for (let poll = 1; poll <= MAX_POLLS; poll++) {
    const current = await reading;
    if (current.stable) return current;
    await sleep(POLL_INTERVAL_MS);
  }
  throw new UnstableScaleError(hiveId, MAX_POLLS);
}

function temperatureCorrected(reading: ScaleReading): number {
  // Load cells drift roughly 2 g per degree away from the 20 °C calibration point.
  return reading.grams - (reading.tempC - 20) * 2;
}

export function nectarFlow(previous: ScaleReading, current: ScaleReading): NectarFlow {
  const deltaGrams = Math.round(temperatureCorrected(current) - temperatureCorrected(previous));
  const hours = Math.max((current.takenAt - previous.takenAt) / 3_600_000, 1 / 60);
  const perHour = Math.round(deltaGrams / hours);
  return { hiveId: current.hiveId, deltaGrams, perHour, flowing: perHour >= FLOW_THRESHOLD_G_PER_H };
}

export async function recordHive(hiveId: string): Promise<NectarFlow | null> {
  const previous = await apiaryDb.lastReading(hiveId);
  const current = await waitForSettledWeight(hiveId);
  await apiaryDb.saveReading(current);
  return previous ? nectarFlow(previous, current) : null;
}

export async function morningRound(hiveIds: readonly string[]): Promise<NectarFlow[]> {
  const flows: NectarFlow[] = [];
  for (const hiveId of hiveIds) {
    const flow = await recordHive(hiveId);
    if (flow) flows.push(flow);
  }
  return flows.sort((a, b) => b.perHour - a.perHour);
}

export async function recalibrate(hiveId: string): Promise<ScaleReading> {
  await scales.tare(hiveId);
  return waitForSettledWeight(hiveId);
}
