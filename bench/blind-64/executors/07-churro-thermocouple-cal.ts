// expect: none
// runCalibration handles 'error', 'close' and a timeout; a `settled` guard and clearTimeout make sure only the first outcome settles the promise.
import { spawn } from 'node:child_process';

export interface CalibrationResult {
  fryerId: string;
  offsetC: number;
  slope: number;
  samples: number;
}

export class CalibrationError extends Error {
  constructor(
    message: string,
    readonly fryerId: string,
    readonly stderr: string,
  ) {
    super(message);
    this.name = 'CalibrationError';
  }
}

const CAL_BINARY = process.env.FRYER_CAL_BIN ?? '/opt/fryerctl/bin/tc-cal';

function parseCalibration(fryerId: string, stdout: string): CalibrationResult {
  const fields = new Map<string, string>();
  for (const line of stdout.split('\n')) {
    const [key, value] = line.split('=', 2);
    if (key && value !== undefined) fields.set(key.trim(), value.trim());
  }
  const offsetC = Number(fields.get('offset_c'));
  const slope = Number(fields.get('slope'));
  const samples = Number(fields.get('samples'));
  if (!Number.isFinite(offsetC) || !Number.isFinite(slope)) {
    throw new CalibrationError('tc-cal produced no coefficients', fryerId, stdout);
  }
  return { fryerId, offsetC, slope, samples };
}

export function runCalibration(fryerId: string, oilTempC: number, timeoutMs = 45_000): Promise<CalibrationResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(CAL_BINARY, ['--fryer', fryerId, '--reference', String(oilTempC)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };

    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(() => reject(new CalibrationError(`tc-cal timed out after ${timeoutMs}ms`, fryerId, stderr)));
    }, timeoutMs);

    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      finish(() => reject(new CalibrationError(`could not start tc-cal: ${err.message}`, fryerId, stderr)));
    });

    child.on('close', (code, signal) => {
      finish(() => {
        if (code !== 0) {
          reject(new CalibrationError(`tc-cal exited with ${code ?? signal}`, fryerId, stderr));
          return;
        }
        try {
          resolve(parseCalibration(fryerId, stdout));
        } catch (err) {
          reject(err);
        }
      });
    });
  });
}

export async function calibrateLine(fryerIds: string[], oilTempC: number): Promise<Map<string, CalibrationResult>> {
  const results = new Map<string, CalibrationResult>();
  for (const id of fryerIds) {
    results.set(id, await runCalibration(id, oilTempC));
  }
  return results;
}
