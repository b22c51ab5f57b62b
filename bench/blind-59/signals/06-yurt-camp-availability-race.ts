// expect: none
// The race's losers are cancelled: one AbortController (linked to the caller's signal) is passed to both the fetch and the timer, and it is aborted in finally.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Availability {
  campId: string;
  freeYurts: number;
  nextFreeDate: string | null;
  source: 'live' | 'cached';
}

declare const BOOKING_API: string;
declare const cache: {
  get(campId: string): Availability | undefined;
  set(campId: string, value: Availability): void;
};

export class AvailabilityTimeout extends Error {
  constructor(readonly campId: string, readonly ms: number) {
    super(`availability for ${campId} took longer than ${ms}ms`);
  }
}

async function fetchLive(campId: string, signal: AbortSignal): Promise<Availability> {
  const res = await fetch(`${BOOKING_API}/camps/${campId}/availability`, { signal });
  if (!res.ok) throw new Error(`booking API ${res.status} for ${campId}`);
  const body = (await res.json()) as { free: number; nextFree: string | null };
  return { campId, freeYurts: body.free, nextFreeDate: body.nextFree, source: 'live' };
}

export async function availability(campId: string, options: { signal?: AbortSignal; budgetMs?: number } = {}): Promise<Availability> {
  const budgetMs = options.budgetMs ?? 1_500;
  const race = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, race.signal]) : race.signal;

  try {
    const live = await Promise.race([
      fetchLive(campId, signal),
      sleep(budgetMs, undefined, { signal }).then(() => {
        throw new AvailabilityTimeout(campId, budgetMs);
      }),
    ]);
    cache.set(campId, live);
    return live;
  } catch (err) {
    const cached = cache.get(campId);
    if (err instanceof AvailabilityTimeout && cached) {
      return { ...cached, source: 'cached' };
    }
    throw err;
  } finally {
    race.abort();
  }
}

export async function campsWithRoom(campIds: string[], minYurts: number, signal?: AbortSignal): Promise<Availability[]> {
  const results: Availability[] = [];
  for (const campId of campIds) {
    const a = await availability(campId, { signal });
    if (a.freeYurts >= minYurts) results.push(a);
  }
  return results.sort((x, y) => y.freeYurts - x.freeYurts);
}
