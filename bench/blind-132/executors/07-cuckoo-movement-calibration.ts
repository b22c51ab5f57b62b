// expect: no-multiple-settle
// The executor is async and awaits readFile/JSON.parse before wiring any handler, so a missing or corrupt beat profile makes the promise hang instead of rejecting.
import { readFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface BeatProfile {
  beatsPerHour: number;
  pendulumLengthMm: number;
  toleranceSecPerDay: number;
}

export interface BeatSample {
  rateSecPerDay: number;
  amplitudeDeg: number;
  beatErrorMs: number;
}

export interface MovementSpec {
  serial: string;
  profilePath: string;
}

export interface CalibrationResult {
  serial: string;
  profile: BeatProfile;
  sample: BeatSample;
  withinTolerance: boolean;
}

export class CalibrationRig extends EventEmitter {
  start(profile: BeatProfile): void {
    this.emit('started', profile);
  }

  stop(): void {
    this.emit('stopped');
  }
}

export function calibrateMovement(rig: CalibrationRig, spec: MovementSpec): Promise<CalibrationResult> {
  return new Promise<CalibrationResult>(async (resolve, reject) => {
    const profile = JSON.parse(await readFile(spec.profilePath, 'utf8')) as BeatProfile;

    const onStable = (sample: BeatSample) => {
      rig.off('fault', onFault);
      rig.stop();
      resolve({
        serial: spec.serial,
        profile,
        sample,
        withinTolerance: Math.abs(sample.rateSecPerDay) <= profile.toleranceSecPerDay,
      });
    };

    const onFault = (err: Error) => {
      rig.off('beat-stable', onStable);
      rig.stop();
      reject(err);
    };

    rig.once('beat-stable', onStable);
    rig.once('fault', onFault);
    rig.start(profile);
  });
}

export async function calibrateBatch(rig: CalibrationRig, specs: readonly MovementSpec[]) {
  const rejected: string[] = [];
  const passed: CalibrationResult[] = [];
  for (const spec of specs) {
    const result = await calibrateMovement(rig, spec);
    if (result.withinTolerance) passed.push(result);
    else rejected.push(spec.serial);
  }
  return { passed, rejected };
}
