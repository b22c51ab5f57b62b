// expect: none
// withRetry receives a function and calls it again on every attempt, so each retry issues a fresh depth-gauge request instead of re-awaiting the first failed one.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TrenchGauge {
  depthCm(trench: string): Promise<number>;
  waterClarityNtu(trench: string): Promise<number>;
}

export interface TrenchReport {
  trench: string;
  depthCm: number;
  clarityNtu: number;
  raceable: boolean;
  notes: string[];
}

export async function withRetry<T>(
  operation: () => Promise<T>,
  attempts = 3,
  delayMs = 500,
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (i < attempts - 1) await sleep(delayMs * (i + 1));
    }
  }
  throw lastError;
}

const MIN_DEPTH_CM = 120;
const MAX_NTU = 400; // peat bog water is never clear, but it can be worse

export async function inspectTrench(gauge: TrenchGauge, trench: string): Promise<TrenchReport> {
  const depthCm = await withRetry(() => gauge.depthCm(trench));
  const clarityNtu = await withRetry(() => gauge.waterClarityNtu(trench), 2);

  const notes: string[] = [];
  if (depthCm < MIN_DEPTH_CM) notes.push(`only ${depthCm} cm deep; top up from the feeder ditch`);
  if (clarityNtu > MAX_NTU) notes.push('visibility too poor for marshals to spot competitors');

  return {
    trench,
    depthCm,
    clarityNtu,
    raceable: notes.length === 0,
    notes,
  };
}

export async function inspectCourse(gauge: TrenchGauge, trenches: string[]): Promise<TrenchReport[]> {
  const reports: TrenchReport[] = [];
  for (const trench of trenches) {
    reports.push(await inspectTrench(gauge, trench));
  }
  return reports;
}

export function courseReady(reports: TrenchReport[]): boolean {
  return reports.length > 0 && reports.every((r) => r.raceable);
}

export function marshalBriefing(reports: TrenchReport[]): string {
  return reports
    .map((r) => `${r.trench}: ${r.depthCm} cm, ${r.clarityNtu} NTU${r.notes.length ? ` — ${r.notes.join('; ')}` : ''}`)
    .join('\n');
}
