// expect: no-multiple-settle
// Async executor awaits loadZoneProfile before wiring any handler; if that load rejects, the returned promise never settles.
import { EventEmitter } from "node:events";

export interface ZoneProfile {
  zoneId: string;
  co2TargetPpm: number;
  maxPurgeSeconds: number;
}

export interface PurgeResult {
  zoneId: string;
  finalPpm: number;
  seconds: number;
}

declare function loadZoneProfile(zoneId: string): Promise<ZoneProfile>;

declare const fanBank: EventEmitter & {
  start(zoneId: string, speedPct: number): void;
  stop(zoneId: string): void;
};

function fanSpeedFor(currentPpm: number, targetPpm: number): number {
  const excess = currentPpm - targetPpm;
  if (excess <= 0) return 0;
  if (excess > 2_000) return 100;
  return Math.max(30, Math.round((excess / 2_000) * 100));
}

export function purgeZone(zoneId: string, currentPpm: number): Promise<PurgeResult> {
  return new Promise<PurgeResult>(async (resolve, reject) => {
    const profile = await loadZoneProfile(zoneId);
    const startedAt = Date.now();
    const speed = fanSpeedFor(currentPpm, profile.co2TargetPpm);
    if (speed === 0) {
      resolve({ zoneId, finalPpm: currentPpm, seconds: 0 });
      return;
    }
    const onSample = (sampleZone: string, ppm: number) => {
      if (sampleZone !== zoneId) return;
      const seconds = (Date.now() - startedAt) / 1000;
      if (ppm <= profile.co2TargetPpm) {
        finish();
        resolve({ zoneId, finalPpm: ppm, seconds });
      } else if (seconds > profile.maxPurgeSeconds) {
        finish();
        reject(new Error(`zone ${zoneId} still at ${ppm}ppm after ${Math.round(seconds)}s`));
      }
    };
    const finish = () => {
      fanBank.off("co2", onSample);
      fanBank.stop(zoneId);
    };
    fanBank.on("co2", onSample);
    fanBank.start(zoneId, speed);
  });
}

export async function purgeFruitingRooms(
  readings: Record<string, number>,
): Promise<PurgeResult[]> {
  const results: PurgeResult[] = [];
  const zones = Object.keys(readings).sort();
  for (const zoneId of zones) {
    results.push(await purgeZone(zoneId, readings[zoneId]));
  }
  return results;
}

export function slowestPurge(results: PurgeResult[]): PurgeResult | undefined {
  return results.reduce<PurgeResult | undefined>(
    (worst, r) => (!worst || r.seconds > worst.seconds ? r : worst),
    undefined,
  );
}
