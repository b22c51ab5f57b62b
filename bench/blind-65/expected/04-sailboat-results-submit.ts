// expect: none
// The retry helper takes a factory and calls it on every attempt, so each retry is a fresh submission.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Finish {
  sailNumber: string;
  elapsedSeconds: number;
  status: 'FIN' | 'DNF' | 'DSQ' | 'OCS';
}

export interface CorrectedFinish extends Finish {
  correctedSeconds: number;
  place: number;
}

declare const ratingsApi: { tcfFor(sailNumber: string): Promise<number> };
declare const resultsApi: {
  submit(raceId: string, finishes: CorrectedFinish[]): Promise<{ revision: number }>;
};

export class TransientError extends Error {
  override name = 'TransientError';
}

export async function withRetries<T>(
  attempt: () => Promise<T>,
  { attempts = 4, baseDelayMs = 250 }: { attempts?: number; baseDelayMs?: number } = {},
): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof TransientError)) throw err;
      lastError = err;
      if (i < attempts - 1) await sleep(baseDelayMs * 2 ** i);
    }
  }
  throw new Error(`Gave up after ${attempts} attempts`, { cause: lastError });
}

export async function correctTimes(finishes: Finish[]): Promise<CorrectedFinish[]> {
  const factors = await Promise.all(finishes.map((f) => ratingsApi.tcfFor(f.sailNumber)));
  const withCorrected = finishes.map((f, i) => ({
    ...f,
    correctedSeconds: f.status === 'FIN' ? Math.round(f.elapsedSeconds * factors[i]) : Number.POSITIVE_INFINITY,
  }));

  const finished = withCorrected
    .filter((f) => f.status === 'FIN')
    .sort((a, b) => a.correctedSeconds - b.correctedSeconds);
  const penaltyPlace = finished.length + 1;

  return withCorrected.map((f) => ({
    ...f,
    place: f.status === 'FIN' ? finished.indexOf(f) + 1 : penaltyPlace,
  }));
}

export async function publishRace(raceId: string, finishes: Finish[]): Promise<number> {
  const corrected = await correctTimes(finishes);
  const { revision } = await withRetries(() => resultsApi.submit(raceId, corrected), { attempts: 5 });
  return revision;
}

export function seriesPoints(races: CorrectedFinish[][], discards = 1): Map<string, number> {
  const perBoat = new Map<string, number[]>();
  for (const race of races) {
    for (const f of race) {
      const list = perBoat.get(f.sailNumber) ?? [];
      list.push(f.place);
      perBoat.set(f.sailNumber, list);
    }
  }
  const totals = new Map<string, number>();
  for (const [sail, places] of perBoat) {
    const kept = [...places].sort((a, b) => a - b).slice(0, Math.max(1, places.length - discards));
    totals.set(sail, kept.reduce((sum, p) => sum + p, 0));
  }
  return totals;
}
