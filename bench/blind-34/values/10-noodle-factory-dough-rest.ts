// expect: none
// lastHumidity is written by the interval callback and read only after the timers/promises rest period has elapsed, and the interval is cleared in finally.
import { setTimeout as sleep } from "node:timers/promises";

export interface DoughBatch {
  batchId: string;
  flourKg: number;
  waterPct: number;
  kansuiPct: number;
}

export interface RestResult {
  batchId: string;
  restedMinutes: number;
  finalHumidityPct: number;
  samples: number;
}

declare const restCabinet: {
  humidityPct(): number;
  mist(seconds: number): void;
};

declare const lineControl: {
  releaseToSheeter(batchId: string): Promise<void>;
};

const TARGET_HUMIDITY = 80;

export function hydration(batch: DoughBatch): number {
  const waterKg = (batch.flourKg * batch.waterPct) / 100;
  return Math.round((waterKg / batch.flourKg) * 1000) / 10;
}

export async function restDough(batch: DoughBatch, restMinutes = 30, minuteMs = 60_000): Promise<RestResult> {
  if (hydration(batch) > 45) {
    throw new Error(`batch ${batch.batchId} too wet for ramen sheeting`);
  }
  let lastHumidity = restCabinet.humidityPct();
  let samples = 0;
  const monitor = setInterval(() => {
    lastHumidity = restCabinet.humidityPct();
    samples += 1;
    if (lastHumidity < TARGET_HUMIDITY - 5) restCabinet.mist(10);
  }, minuteMs);
  try {
    await sleep(restMinutes * minuteMs);
  } finally {
    clearInterval(monitor);
  }
  const result: RestResult = {
    batchId: batch.batchId,
    restedMinutes: restMinutes,
    finalHumidityPct: lastHumidity,
    samples,
  };
  await lineControl.releaseToSheeter(batch.batchId);
  return result;
}

export function kansuiGrams(batch: DoughBatch): number {
  return Math.round(batch.flourKg * 1000 * (batch.kansuiPct / 100));
}

export function describeRest(result: RestResult): string {
  const dry = result.finalHumidityPct < TARGET_HUMIDITY - 5;
  return `${result.batchId}: rested ${result.restedMinutes} min over ${result.samples} samples${dry ? " (dry)" : ""}`;
}
