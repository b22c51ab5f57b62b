// expect: none
// Every callback path settles exactly once: the error branch returns its reject, and the parse failure is caught and rejected instead of falling through.
import { execFile } from 'node:child_process';

export interface LauncherCalibration {
  launcherId: string;
  armTensionN: number;
  throwAngleDeg: number;
  targetDistanceM: number;
}

export interface TrapHouse {
  name: string;
  launchers: string[];
  discipline: 'trap' | 'skeet' | 'sporting';
}

declare const rangeConfig: {
  calibratorPath: string;
  distanceFor(discipline: TrapHouse['discipline']): number;
};

declare const safetyOfficer: {
  confirmRangeClear(house: string): Promise<boolean>;
  logCalibration(entry: LauncherCalibration): Promise<void>;
};

function parseCalibration(launcherId: string, stdout: string): LauncherCalibration {
  const parsed: unknown = JSON.parse(stdout);
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    !('tension' in parsed) ||
    !('angle' in parsed) ||
    !('distance' in parsed)
  ) {
    throw new TypeError(`calibrator returned an unexpected payload for ${launcherId}`);
  }
  return {
    launcherId,
    armTensionN: Number(parsed.tension),
    throwAngleDeg: Number(parsed.angle),
    targetDistanceM: Number(parsed.distance),
  };
}

export function calibrateLauncher(launcherId: string, distanceM: number): Promise<LauncherCalibration> {
  return new Promise<LauncherCalibration>((resolve, reject) => {
    execFile(
      rangeConfig.calibratorPath,
      ['--launcher', launcherId, '--distance', distanceM.toFixed(1), '--json'],
      { timeout: 45_000, maxBuffer: 64 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          return reject(new Error(`calibration of ${launcherId} failed: ${stderr.trim() || error.message}`, { cause: error }));
        }
        let calibration: LauncherCalibration;
        try {
          calibration = parseCalibration(launcherId, stdout);
        } catch (parseError) {
          return reject(parseError);
        }
        resolve(calibration);
      },
    );
  });
}

export async function calibrateTrapHouse(house: TrapHouse): Promise<LauncherCalibration[]> {
  const clear = await safetyOfficer.confirmRangeClear(house.name);
  if (!clear) {
    throw new Error(`range in front of ${house.name} is not clear; refusing to throw test targets`);
  }

  const distance = rangeConfig.distanceFor(house.discipline);
  const results: LauncherCalibration[] = [];
  for (const launcherId of house.launchers) {
    const calibration = await calibrateLauncher(launcherId, distance);
    if (Math.abs(calibration.targetDistanceM - distance) > 3) {
      throw new Error(
        `${launcherId} throws ${calibration.targetDistanceM}m, expected ${distance}m; adjust arm tension manually`,
      );
    }
    await safetyOfficer.logCalibration(calibration);
    results.push(calibration);
  }
  return results;
}
