// expect: none
// The execFile callback returns right after reject, and parsing errors are caught and turned into a reject, so each path settles exactly once.
import { execFile } from 'node:child_process';

export interface BladeCalibration {
  pressId: string;
  bladeOffsetMm: number;
  clampPressureKpa: number;
  squarenessDeg: number;
}

export interface CalibrationLimits {
  maxOffsetMm: number;
  maxSquarenessDeg: number;
}

const DEFAULT_LIMITS: CalibrationLimits = { maxOffsetMm: 0.3, maxSquarenessDeg: 0.15 };

function parseCalibration(pressId: string, stdout: string): BladeCalibration {
  const fields = new Map<string, number>();
  for (const line of stdout.split('\n')) {
    const [key, value] = line.split('=').map((s) => s.trim());
    if (key && value !== undefined) fields.set(key, Number(value));
  }
  const offset = fields.get('blade_offset_mm');
  const clamp = fields.get('clamp_kpa');
  const square = fields.get('squareness_deg');
  if (offset === undefined || clamp === undefined || square === undefined) {
    throw new Error(`calibration output for ${pressId} is missing fields`);
  }
  return { pressId, bladeOffsetMm: offset, clampPressureKpa: clamp, squarenessDeg: square };
}

export function readGuillotineCalibration(
  pressId: string,
  toolPath = '/usr/local/bin/guillotine-cal',
): Promise<BladeCalibration> {
  return new Promise<BladeCalibration>((resolve, reject) => {
    execFile(
      toolPath,
      ['--press', pressId, '--format', 'kv'],
      { timeout: 15_000, maxBuffer: 64 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          const detail = stderr.trim() || err.message;
          reject(new Error(`calibration of press ${pressId} failed: ${detail}`));
          return;
        }
        let calibration: BladeCalibration;
        try {
          calibration = parseCalibration(pressId, stdout);
        } catch (parseErr) {
          reject(parseErr);
          return;
        }
        resolve(calibration);
      },
    );
  });
}

export async function assertPressInTolerance(
  pressId: string,
  limits: CalibrationLimits = DEFAULT_LIMITS,
): Promise<BladeCalibration> {
  const cal = await readGuillotineCalibration(pressId);
  if (Math.abs(cal.bladeOffsetMm) > limits.maxOffsetMm) {
    throw new Error(`press ${pressId}: blade offset ${cal.bladeOffsetMm} mm exceeds ${limits.maxOffsetMm} mm`);
  }
  if (Math.abs(cal.squarenessDeg) > limits.maxSquarenessDeg) {
    throw new Error(`press ${pressId}: squareness ${cal.squarenessDeg}° exceeds ${limits.maxSquarenessDeg}°`);
  }
  return cal;
}
