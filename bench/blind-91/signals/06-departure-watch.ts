// expect: none
// Both races share an AbortController that is aborted in finally, which cancels the losing once()/timer or fetches; the losers' rejections are already observed by the race.
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

export interface Departure {
  trainId: string;
  track: string;
  departedAt: Date;
  cars: number;
}

export type DepartureOutcome =
  | { kind: 'departed'; departure: Departure }
  | { kind: 'late'; trainId: string; minutesLate: number };

export async function waitForDeparture(
  yard: EventEmitter,
  trainId: string,
  deadlineMs: number,
  signal?: AbortSignal,
): Promise<DepartureOutcome> {
  const local = new AbortController();
  const linked = signal ? AbortSignal.any([signal, local.signal]) : local.signal;

  try {
    return await Promise.race([
      once(yard, `departed:${trainId}`, { signal: linked }).then(
        ([departure]) => ({ kind: 'departed', departure: departure as Departure }) as const,
      ),
      delay(deadlineMs, { kind: 'late', trainId, minutesLate: 0 } as const, { signal: linked }),
    ]);
  } finally {
    local.abort();
  }
}

export async function fetchConsistFromMirrors(
  mirrors: string[],
  trainId: string,
  signal?: AbortSignal,
): Promise<{ trainId: string; cars: string[] }> {
  const local = new AbortController();
  const linked = signal ? AbortSignal.any([signal, local.signal]) : local.signal;

  try {
    return await Promise.any(
      mirrors.map(async (base) => {
        const res = await fetch(`${base}/consists/${encodeURIComponent(trainId)}`, { signal: linked });
        if (!res.ok) throw new Error(`${base} answered ${res.status}`);
        return (await res.json()) as { trainId: string; cars: string[] };
      }),
    );
  } finally {
    local.abort();
  }
}

export async function monitorOutbound(
  yard: EventEmitter,
  schedule: Array<{ trainId: string; due: Date }>,
  signal: AbortSignal,
): Promise<DepartureOutcome[]> {
  const outcomes: DepartureOutcome[] = [];
  for (const { trainId, due } of schedule) {
    const grace = Math.max(0, due.getTime() - Date.now()) + 15 * 60_000;
    const outcome = await waitForDeparture(yard, trainId, grace, signal);
    if (outcome.kind === 'late') {
      outcomes.push({ ...outcome, minutesLate: Math.round((Date.now() - due.getTime()) / 60_000) });
    } else {
      outcomes.push(outcome);
    }
  }
  return outcomes;
}
