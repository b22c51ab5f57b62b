// expect: no-multiple-settle
// The exit handler settles only for exit codes 0 and 2, so any other non-zero exit (e.g. a crash with code 1) leaves the calibration promise pending forever.
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface BladeCalibration {
  groomerId: string;
  tiltDegrees: number;
  pressureKpa: number;
  measuredAt: string;
}

export interface CalibrationOptions {
  toolPath?: string;
  slope: 'green' | 'blue' | 'black';
  snowTempC: number;
}

const DEFAULT_TOOL = '/opt/pistenbully/bin/blade-cal';

function parseCalibration(groomerId: string, raw: string): BladeCalibration {
  const fields = new Map<string, string>();
  for (const line of raw.split('\n')) {
    const [key, value] = line.split('=', 2);
    if (key && value !== undefined) fields.set(key.trim(), value.trim());
  }
  const tilt = Number(fields.get('tilt'));
  const pressure = Number(fields.get('pressure'));
  if (Number.isNaN(tilt) || Number.isNaN(pressure)) {
    throw new Error(`blade-cal produced unreadable output for ${groomerId}`);
  }
  return {
    groomerId,
    tiltDegrees: tilt,
    pressureKpa: pressure,
    measuredAt: new Date().toISOString(),
  };
}

export function calibrateBlade(groomerId: string, options: CalibrationOptions): Promise<BladeCalibration> {
  const args = [
    '--unit', groomerId,
    '--slope', options.slope,
    '--snow-temp', options.snowTempC.toFixed(1),
  ];

  return new Promise<BladeCalibration>((resolve, reject) => {
    const child = spawn(options.toolPath ?? DEFAULT_TOOL, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => { stdout += chunk; });
    child.stderr.on('data', (chunk: string) => { stderr += chunk; });

    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) {
        try {
          resolve(parseCalibration(groomerId, stdout));
        } catch (err) {
          reject(err);
        }
      } else if (code === 2) {
        reject(new Error(`blade on ${groomerId} refused calibration: ${stderr.trim() || 'no reason given'}`));
      }
    });
  });
}

export async function calibrateFleet(
  groomerIds: readonly string[],
  options: CalibrationOptions,
): Promise<BladeCalibration[]> {
  const results: BladeCalibration[] = [];
  for (const id of groomerIds) {
    results.push(await calibrateBlade(id, options));
  }
  return results;
}

export async function waitForHydraulicsWarm(probe: NodeJS.EventEmitter): Promise<number> {
  const [temperature] = (await once(probe, 'warm')) as [number];
  return temperature;
}
