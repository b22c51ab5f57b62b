// expect: no-multiple-settle
// On a non-zero exit the close handler rejects but then falls through to resolve with whatever was parsed from stdout, settling the deferred twice.
import { spawn } from 'node:child_process';

export interface SondeCalibration {
  serial: string;
  pressureOffsetHpa: number;
  humidityGain: number;
  tempOffsetC: number;
}

export interface CalibratorOptions {
  binary?: string;
  groundStationPort: string;
}

function parseCalibration(serial: string, output: string): SondeCalibration {
  const fields = new Map<string, string>();
  for (const line of output.split('\n')) {
    const [key, value] = line.split('=');
    if (key && value !== undefined) fields.set(key.trim(), value.trim());
  }
  return {
    serial,
    pressureOffsetHpa: Number(fields.get('P_OFFSET') ?? 0),
    humidityGain: Number(fields.get('RH_GAIN') ?? 1),
    tempOffsetC: Number(fields.get('T_OFFSET') ?? 0),
  };
}

export class RadiosondeCalibrator {
  constructor(private readonly opts: CalibratorOptions) {}

  calibrate(serial: string): Promise<SondeCalibration> {
    const { promise, resolve, reject } = Promise.withResolvers<SondeCalibration>();
    const child = spawn(this.opts.binary ?? 'sonde-cal', ['--port', this.opts.groundStationPort, '--serial', serial], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));

    child.once('error', reject);
    child.once('close', (code) => {
      if (code !== 0) {
        reject(new Error(`sonde-cal exited ${code} for ${serial}: ${stderr.trim() || 'no output'}`));
      }
      resolve(parseCalibration(serial, stdout));
    });

    return promise;
  }

  async prepareLaunch(serial: string, maxOffsetHpa = 1.5): Promise<SondeCalibration> {
    const cal = await this.calibrate(serial);
    if (Math.abs(cal.pressureOffsetHpa) > maxOffsetHpa) {
      throw new Error(`sonde ${serial} pressure offset ${cal.pressureOffsetHpa}hPa exceeds launch limit`);
    }
    if (cal.humidityGain < 0.8 || cal.humidityGain > 1.2) {
      throw new Error(`sonde ${serial} humidity gain ${cal.humidityGain} out of range`);
    }
    return cal;
  }
}
