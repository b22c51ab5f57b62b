// expect: no-leaked-race
// calibrateWithDeadline races the calibration against a timers/promises delay that is never cancelled, so every successful run leaves a 30s timer holding the process open.
import { setTimeout as delay } from 'node:timers/promises';

export interface ColorProfile {
  sorterId: string;
  channelGains: [number, number, number];
  rejectThreshold: number;
  referenceBeans: number;
}

export interface CalibrationTarget {
  sorterId: string;
  referenceTray: string;
  flavours: string[];
}

declare const calibrator: {
  run(target: CalibrationTarget): Promise<ColorProfile>;
};

declare const sorterConfig: {
  apply(sorterId: string, profile: ColorProfile): Promise<void>;
  current(sorterId: string): Promise<ColorProfile | null>;
};

export class CalibrationTimeoutError extends Error {
  constructor(readonly sorterId: string, ms: number) {
    super(`colour calibration of ${sorterId} exceeded ${ms}ms`);
    this.name = 'CalibrationTimeoutError';
  }
}

const CALIBRATION_DEADLINE_MS = 30_000;

function calibrateWithDeadline(target: CalibrationTarget, ms = CALIBRATION_DEADLINE_MS): Promise<ColorProfile> {
  return Promise.race([
    calibrator.run(target),
    delay(ms).then((): never => {
      throw new CalibrationTimeoutError(target.sorterId, ms);
    }),
  ]);
}

function gainDrift(a: ColorProfile, b: ColorProfile): number {
  return Math.max(...a.channelGains.map((g, i) => Math.abs(g - b.channelGains[i]) / Math.max(b.channelGains[i], 1e-6)));
}

export interface LineCalibration {
  applied: string[];
  skipped: string[];
  timedOut: string[];
}

export async function calibrateLine(targets: readonly CalibrationTarget[], maxDrift = 0.15): Promise<LineCalibration> {
  const summary: LineCalibration = { applied: [], skipped: [], timedOut: [] };
  for (const target of targets) {
    let profile: ColorProfile;
    try {
      profile = await calibrateWithDeadline(target);
    } catch (err) {
      if (err instanceof CalibrationTimeoutError) {
        summary.timedOut.push(target.sorterId);
        continue;
      }
      throw err;
    }

    const previous = await sorterConfig.current(target.sorterId);
    if (previous && gainDrift(profile, previous) > maxDrift) {
      summary.skipped.push(target.sorterId);
      continue;
    }
    await sorterConfig.apply(target.sorterId, profile);
    summary.applied.push(target.sorterId);
  }
  return summary;
}
