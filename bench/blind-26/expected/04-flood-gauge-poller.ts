// expect: no-reused-settled-promise
// Bug: readStable() starts readGauge() once before the loop and re-awaits that same promise on every attempt, so a failed read is never actually retried.
import { setTimeout as sleep } from "node:timers/promises";

export interface GaugeReading {
  stationId: string;
  stageMetres: number;
  dischargeCumecs: number;
  takenAt: Date;
}

export type FloodLevel = "normal" | "watch" | "warning" | "severe";

declare function readGauge(stationId: string): Promise<GaugeReading>;
declare const alerting: {
  raise(stationId: string, level: FloodLevel, reading: GaugeReading): Promise<void>;
  markOffline(stationId: string, reason: string): Promise<void>;
};

const thresholds: Record<string, { watch: number; warning: number; severe: number }> = {
  "severn-bewdley": { watch: 3.2, warning: 4.1, severe: 5.0 },
  "ouse-york": { watch: 2.8, warning: 3.6, severe: 4.4 },
};

function classify(reading: GaugeReading): FloodLevel {
  const t = thresholds[reading.stationId];
  if (!t) return "normal";
  if (reading.stageMetres >= t.severe) return "severe";
  if (reading.stageMetres >= t.warning) return "warning";
  if (reading.stageMetres >= t.watch) return "watch";
  return "normal";
}

async function readStable(stationId: string, attempts = 5): Promise<GaugeReading> {
  const pending = readGauge(stationId);
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      const reading = await pending;
      if (Number.isFinite(reading.stageMetres)) return reading;
      lastError = new Error(`non-numeric stage from ${stationId}`);
    } catch (err) {
      lastError = err;
    }
    // telemetry modems on the river often drop the first packet
    await sleep(2_000 * (i + 1));
  }
  throw lastError;
}

export async function pollStations(stationIds: string[]): Promise<Map<string, FloodLevel>> {
  const levels = new Map<string, FloodLevel>();
  for (const id of stationIds) {
    try {
      const reading = await readStable(id);
      const level = classify(reading);
      levels.set(id, level);
      if (level !== "normal") {
        await alerting.raise(id, level, reading);
      }
    } catch (err) {
      await alerting.markOffline(id, err instanceof Error ? err.message : String(err));
    }
  }
  return levels;
}
