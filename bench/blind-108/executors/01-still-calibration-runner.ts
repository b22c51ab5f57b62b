// expect: none
// The executor settles through a single guarded finish() that also clears the watchdog, and it listens to both 'error' and 'close', so a spawn failure that emits both still settles exactly once.
import { spawn, type ChildProcess } from 'node:child_process';

export interface CalibrationReading {
  condenserId: string;
  inletC: number;
  outletC: number;
  flowLpm: number;
}

export interface CalibrationOptions {
  binary?: string;
  timeoutMs?: number;
  extraArgs?: string[];
}

export class CalibrationFailed extends Error {
  constructor(message: string, readonly stderr: string) {
    super(message);
    this.name = 'CalibrationFailed';
  }
}

function parseReadings(stdout: string): CalibrationReading[] {
  return stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [condenserId, inlet, outlet, flow] = line.split(',');
      return {
        condenserId,
        inletC: Number(inlet),
        outletC: Number(outlet),
        flowLpm: Number(flow),
      };
    });
}

export function runCondenserCalibration(
  stillId: string,
  opts: CalibrationOptions = {},
): Promise<CalibrationReading[]> {
  const binary = opts.binary ?? '/opt/distillery/bin/condenser-cal';
  const timeoutMs = opts.timeoutMs ?? 45_000;

  return new Promise<CalibrationReading[]>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null, readings?: CalibrationReading[]) => {
      if (settled) return;
      settled = true;
      clearTimeout(watchdog);
      if (err) reject(err);
      else resolve(readings ?? []);
    };

    const child: ChildProcess = spawn(binary, ['--still', stillId, '--csv', ...(opts.extraArgs ?? [])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    const watchdog = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new CalibrationFailed(`calibration of ${stillId} exceeded ${timeoutMs}ms`, stderr));
    }, timeoutMs);

    child.stdout?.setEncoding('utf8');
    child.stderr?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.on('error', (err) => {
      finish(new CalibrationFailed(`could not start ${binary}: ${err.message}`, stderr));
    });

    child.on('close', (code, signal) => {
      if (code === 0) {
        try {
          finish(null, parseReadings(stdout));
        } catch (err) {
          finish(err as Error);
        }
        return;
      }
      finish(new CalibrationFailed(`condenser-cal exited with ${code ?? signal}`, stderr));
    });
  });
}
