// expect: none
// The spawn wrapper listens for 'error', 'close' and a timeout, and all three go through a guarded finish(), so it settles exactly once.
import { spawn } from 'node:child_process';

export interface GravityReading {
  tankId: string;
  specificGravity: number;
  temperatureC: number;
  sampledAt: string;
}

export interface CalibrationResult {
  tankId: string;
  offset: number;
  readings: GravityReading[];
}

declare const tankRegistry: {
  probeDevice(tankId: string): string;
  referenceGravity(tankId: string): number;
  recordCalibration(result: CalibrationResult): Promise<void>;
};

const CAL_BINARY = process.env.PROBE_CAL_BIN ?? '/opt/brewhouse/bin/probe-cal';

function parseReadings(tankId: string, raw: string): GravityReading[] {
  const readings: GravityReading[] = [];
  for (const line of raw.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    const parsed = JSON.parse(trimmed) as { sg: number; temp_c: number; ts: string };
    readings.push({ tankId, specificGravity: parsed.sg, temperatureC: parsed.temp_c, sampledAt: parsed.ts });
  }
  if (readings.length === 0) {
    throw new Error(`probe-cal produced no readings for tank ${tankId}`);
  }
  return readings;
}

function computeOffset(reference: number, readings: GravityReading[]): number {
  const mean = readings.reduce((sum, r) => sum + r.specificGravity, 0) / readings.length;
  return Number((reference - mean).toFixed(4));
}

export function runProbeCalibration(tankId: string, timeoutMs = 30_000): Promise<CalibrationResult> {
  return new Promise<CalibrationResult>((resolve, reject) => {
    const device = tankRegistry.probeDevice(tankId);
    const child = spawn(CAL_BINARY, ['--device', device, '--samples', '12', '--json-lines'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });

    let stdout = '';
    let stderr = '';
    let settled = false;

    const finish = (err: Error | null, result?: CalibrationResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (err) reject(err);
      else if (result) resolve(result);
      else reject(new Error('calibration finished without a result'));
    };

    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      finish(new Error(`probe-cal timed out after ${timeoutMs}ms on ${device}`));
    }, timeoutMs);

    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
    });

    child.once('error', (err) => finish(err));
    child.once('close', (code, signal) => {
      if (code !== 0) {
        finish(new Error(`probe-cal exited with ${code ?? signal}: ${stderr.trim().slice(0, 400)}`));
        return;
      }
      try {
        const readings = parseReadings(tankId, stdout);
        const offset = computeOffset(tankRegistry.referenceGravity(tankId), readings);
        finish(null, { tankId, offset, readings });
      } catch (parseError) {
        finish(parseError as Error);
      }
    });
  });
}

export async function calibrateTanks(tankIds: readonly string[]): Promise<Map<string, number>> {
  const offsets = new Map<string, number>();
  for (const tankId of tankIds) {
    const result = await runProbeCalibration(tankId);
    await tankRegistry.recordCalibration(result);
    offsets.set(tankId, result.offset);
  }
  return offsets;
}
