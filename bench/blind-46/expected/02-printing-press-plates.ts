// expect: no-reused-settled-promise
// withRetries receives the already-started burn promise and re-awaits it on every attempt, so a failed burn is never retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PlateJob {
  jobId: string;
  separation: 'C' | 'M' | 'Y' | 'K' | 'spot';
  pressUnit: number;
  resolutionDpi: 2400 | 2540 | 4000;
  tiffPath: string;
}

export interface BurnedPlate {
  jobId: string;
  separation: PlateJob['separation'];
  plateSerial: string;
  exposureMs: number;
}

declare const platesetter: {
  burn(job: PlateJob): Promise<BurnedPlate>;
  cassetteCount(): Promise<number>;
};

declare const pressroomBoard: {
  post(unit: number, message: string): Promise<void>;
};

export class TransientImagerError extends Error {
  constructor(message: string, readonly retryable = true) {
    super(message);
    this.name = 'TransientImagerError';
  }
}

async function withRetries<T>(attempt: Promise<T>, tries: number, baseDelayMs: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt;
    } catch (err) {
      lastError = err;
      if (!(err instanceof TransientImagerError) || !err.retryable) throw err;
      await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw lastError;
}

const SEPARATION_ORDER: PlateJob['separation'][] = ['K', 'C', 'M', 'Y', 'spot'];

export async function burnPlateSet(jobs: PlateJob[]): Promise<BurnedPlate[]> {
  const blanks = await platesetter.cassetteCount();
  if (blanks < jobs.length) throw new Error(`need ${jobs.length} blanks, cassette has ${blanks}`);
  const ordered = [...jobs].sort(
    (a, b) => SEPARATION_ORDER.indexOf(a.separation) - SEPARATION_ORDER.indexOf(b.separation),
  );
  const plates: BurnedPlate[] = [];
  for (const job of ordered) {
    const plate = await withRetries(platesetter.burn(job), 3, 750);
    plates.push(plate);
    await pressroomBoard.post(job.pressUnit, `plate ${plate.plateSerial} (${job.separation}) ready for unit ${job.pressUnit}`);
  }
  return plates;
}

export function registerMarksAligned(plates: BurnedPlate[], toleranceMs = 40): boolean {
  if (plates.length < 2) return true;
  const exposures = plates.map((p) => p.exposureMs);
  return Math.max(...exposures) - Math.min(...exposures) <= toleranceMs;
}

export async function remakeIfMisregistered(jobs: PlateJob[]): Promise<BurnedPlate[]> {
  const first = await burnPlateSet(jobs);
  if (registerMarksAligned(first)) return first;
  await pressroomBoard.post(jobs[0]?.pressUnit ?? 1, 'exposure drift detected, remaking plate set');
  return burnPlateSet(jobs);
}
