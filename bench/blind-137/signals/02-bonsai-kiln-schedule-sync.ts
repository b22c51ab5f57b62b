// expect: none
// Both the PUT and the backoff sleep receive the caller's signal, and any failure after abort is rethrown rather than retried.
import { setTimeout as sleep } from 'node:timers/promises';

export interface FiringSegment {
  rampCelsiusPerHour: number;
  targetCelsius: number;
  holdMinutes: number;
}

export interface FiringSchedule {
  name: string;
  clayBody: string;
  segments: FiringSegment[];
}

export interface KilnAck {
  kilnId: string;
  scheduleId: string;
  estimatedMinutes: number;
}

export class PermanentKilnError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PermanentKilnError';
  }
}

export interface PushOptions {
  controllerUrl: string;
  signal?: AbortSignal;
  attempts?: number;
}

function backoffMs(attempt: number): number {
  return Math.min(8_000, 250 * 2 ** attempt) + Math.floor(Math.random() * 100);
}

export async function pushFiringSchedule(
  kilnId: string,
  schedule: FiringSchedule,
  { controllerUrl, signal, attempts = 4 }: PushOptions,
): Promise<KilnAck> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      const res = await fetch(`${controllerUrl}/kilns/${encodeURIComponent(kilnId)}/schedule`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(schedule),
        signal,
      });
      if (res.ok) return (await res.json()) as KilnAck;
      if (res.status < 500) {
        throw new PermanentKilnError(`kiln ${kilnId} rejected schedule: ${res.status}`, res.status);
      }
      lastError = new Error(`kiln controller returned ${res.status}`);
    } catch (err) {
      if (err instanceof PermanentKilnError || signal?.aborted) throw err;
      lastError = err;
    }
    if (attempt < attempts) await sleep(backoffMs(attempt), undefined, { signal });
  }
  throw new Error(`kiln ${kilnId}: schedule push failed after ${attempts} attempts`, { cause: lastError });
}

export function totalMinutes(schedule: FiringSchedule, startCelsius = 20): number {
  let current = startCelsius;
  let minutes = 0;
  for (const seg of schedule.segments) {
    minutes += (Math.abs(seg.targetCelsius - current) / seg.rampCelsiusPerHour) * 60 + seg.holdMinutes;
    current = seg.targetCelsius;
  }
  return Math.round(minutes);
}
