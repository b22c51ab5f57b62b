// expect: require-signal-propagation
// runAnnealCycle accepts options.signal but never checks or forwards it, so cancelling a cycle leaves the kiln ramping through every stage.
import { setTimeout as sleep } from "node:timers/promises";

export interface AnnealStage {
  label: string;
  targetC: number;
  holdMinutes: number;
  rampCPerHour: number;
}

export interface CycleOptions {
  signal?: AbortSignal;
  minuteMs?: number;
  onStage?: (stage: AnnealStage) => void;
}

declare const kilnBus: {
  setTarget(kilnId: string, targetC: number, rampCPerHour: number): Promise<void>;
  readTemperature(kilnId: string): Promise<number>;
};

export const SODA_LIME_SCHEDULE: AnnealStage[] = [
  { label: "soak", targetC: 516, holdMinutes: 60, rampCPerHour: 300 },
  { label: "anneal", targetC: 482, holdMinutes: 90, rampCPerHour: 80 },
  { label: "strain", targetC: 427, holdMinutes: 30, rampCPerHour: 60 },
  { label: "cool", targetC: 38, holdMinutes: 0, rampCPerHour: 150 },
];

export function scheduleForThickness(thicknessMm: number): AnnealStage[] {
  const factor = Math.max(1, (thicknessMm / 6) ** 2);
  return SODA_LIME_SCHEDULE.map((s) => ({
    ...s,
    holdMinutes: Math.round(s.holdMinutes * factor),
    rampCPerHour: Math.round(s.rampCPerHour / Math.sqrt(factor)),
  }));
}

async function waitForTemperature(kilnId: string, targetC: number, minuteMs: number): Promise<number> {
  let current = await kilnBus.readTemperature(kilnId);
  while (Math.abs(current - targetC) > 3) {
    await sleep(minuteMs);
    current = await kilnBus.readTemperature(kilnId);
  }
  return current;
}

export async function runAnnealCycle(
  kilnId: string,
  stages: AnnealStage[],
  options: CycleOptions = {},
): Promise<number> {
  const minuteMs = options.minuteMs ?? 60_000;
  let elapsedMinutes = 0;
  for (const stage of stages) {
    options.onStage?.(stage);
    await kilnBus.setTarget(kilnId, stage.targetC, stage.rampCPerHour);
    const startedAt = Date.now();
    await waitForTemperature(kilnId, stage.targetC, minuteMs);
    await sleep(stage.holdMinutes * minuteMs);
    elapsedMinutes += Math.round((Date.now() - startedAt) / minuteMs);
  }
  return elapsedMinutes;
}

export function estimatedHours(stages: AnnealStage[], startC = 520): number {
  let temp = startC;
  let hours = 0;
  for (const s of stages) {
    hours += Math.abs(temp - s.targetC) / s.rampCPerHour + s.holdMinutes / 60;
    temp = s.targetC;
  }
  return Math.round(hours * 10) / 10;
}
