// expect: none
// The received signal is checked between axles, forwarded to execFile, and its abort listener stops the lathe and is removed in finally.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export interface WheelProfile {
  axle: number;
  side: 'left' | 'right';
  flangeHeightMm: number;
  flangeThicknessMm: number;
  diameterMm: number;
}

export interface ReprofileJob {
  fleetNo: string;
  axles: number[];
  targetFlangeThicknessMm: number;
}

interface LatheController {
  clamp(axle: number): Promise<void>;
  cut(axle: number, depthMm: number): Promise<void>;
  release(axle: number): Promise<void>;
  emergencyStop(): void;
}

const MEASURE_BIN = '/opt/depot/bin/wheel-measure';
const MIN_DIAMETER_MM = 590;

async function measureAxle(fleetNo: string, axle: number, signal: AbortSignal): Promise<WheelProfile[]> {
  const { stdout } = await execFileAsync(MEASURE_BIN, ['--fleet', fleetNo, '--axle', String(axle), '--json'], {
    signal,
    timeout: 60_000,
  });
  return JSON.parse(stdout) as WheelProfile[];
}

export async function reprofile(
  lathe: LatheController,
  job: ReprofileJob,
  signal: AbortSignal,
): Promise<Array<{ axle: number; removedMm: number; finalDiameterMm: number }>> {
  const onAbort = () => lathe.emergencyStop();
  signal.addEventListener('abort', onAbort, { once: true });
  const results: Array<{ axle: number; removedMm: number; finalDiameterMm: number }> = [];
  try {
    for (const axle of job.axles) {
      signal.throwIfAborted();
      const before = await measureAxle(job.fleetNo, axle, signal);
      const worst = Math.max(...before.map((w) => job.targetFlangeThicknessMm - w.flangeThicknessMm), 0);
      const smallest = Math.min(...before.map((w) => w.diameterMm));
      if (smallest - worst * 2 < MIN_DIAMETER_MM) {
        throw new Error(`tram ${job.fleetNo} axle ${axle} would fall below ${MIN_DIAMETER_MM}mm; replace wheelset`);
      }

      await lathe.clamp(axle);
      try {
        if (worst > 0) await lathe.cut(axle, worst);
      } finally {
        await lathe.release(axle);
      }

      const after = await measureAxle(job.fleetNo, axle, signal);
      results.push({ axle, removedMm: worst, finalDiameterMm: Math.min(...after.map((w) => w.diameterMm)) });
    }
    return results;
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}
