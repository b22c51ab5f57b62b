// expect: no-reused-settled-promise
// withRetry calls op() once before the loop and re-awaits that same settled promise on every attempt, so a failed measurement is just rethrown each time and never actually retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface ArchSpec {
  archId: string;
  spanMeters: number;
  thicknessCm: number;
}

export interface DeflectionReading {
  archId: string;
  sagMm: number;
  loadKg: number;
  takenAt: Date;
}

interface DeflectionGauge {
  measure(archId: string, loadKg: number): Promise<DeflectionReading>;
}

export async function withRetry<T>(
  label: string,
  op: () => Promise<T>,
  attempts = 3,
  delayMs = 2_000,
): Promise<T> {
  const pending = op();
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await pending;
    } catch (err) {
      lastError = err;
      if (attempt < attempts) await sleep(delayMs * attempt);
    }
  }
  throw new Error(`${label} failed after ${attempts} attempts`, { cause: lastError });
}

export interface LoadTestResult {
  archId: string;
  passed: boolean;
  readings: DeflectionReading[];
  allowedSagMm: number;
}

export class ArchLoadTester {
  constructor(
    private readonly gauge: DeflectionGauge,
    private readonly steps = [100, 250, 400],
  ) {}

  allowedSag(spec: ArchSpec): number {
    return (spec.spanMeters * 1_000) / 360;
  }

  async test(spec: ArchSpec): Promise<LoadTestResult> {
    const allowedSagMm = this.allowedSag(spec);
    const readings: DeflectionReading[] = [];
    for (const loadKg of this.steps) {
      const reading = await withRetry(`gauge ${spec.archId}@${loadKg}kg`, () =>
        this.gauge.measure(spec.archId, loadKg),
      );
      readings.push(reading);
      if (reading.sagMm > allowedSagMm) {
        return { archId: spec.archId, passed: false, readings, allowedSagMm };
      }
    }
    return { archId: spec.archId, passed: true, readings, allowedSagMm };
  }
}

export function thinArches(specs: ArchSpec[]): string[] {
  return specs.filter((s) => s.thicknessCm < s.spanMeters * 12).map((s) => s.archId);
}
