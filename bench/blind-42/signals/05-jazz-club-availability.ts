// expect: no-leaked-race
// fetchWithTimeout races fetch against a sleep-then-throw, but neither loser is cancelled: the timer keeps running after a fast reply and the request after a timeout.
import { setTimeout as sleep } from 'node:timers/promises';

export interface StageSlot {
  venue: string;
  night: string;
  set: 'early' | 'late';
  status: 'open' | 'held' | 'booked';
  backline: Array<'piano' | 'drums' | 'bass-amp' | 'hammond'>;
}

export interface ActRequest {
  act: string;
  nights: string[];
  needs: StageSlot['backline'];
  preferLate: boolean;
}

declare const venues: Array<{ name: string; calendarUrl: string }>;

export class VenueTimeoutError extends Error {
  constructor(readonly venue: string, readonly ms: number) {
    super(`${venue} calendar did not respond within ${ms} ms`);
    this.name = 'VenueTimeoutError';
  }
}

async function fetchWithTimeout(venue: string, url: string, ms: number): Promise<Response> {
  return Promise.race([
    fetch(url, { headers: { accept: 'application/json' } }),
    sleep(ms).then((): never => {
      throw new VenueTimeoutError(venue, ms);
    }),
  ]);
}

async function venueSlots(venue: { name: string; calendarUrl: string }, nights: string[]): Promise<StageSlot[]> {
  const url = `${venue.calendarUrl}?from=${nights[0]}&to=${nights[nights.length - 1]}`;
  const res = await fetchWithTimeout(venue.name, url, 4_000);
  if (!res.ok) throw new Error(`${venue.name}: HTTP ${res.status}`);
  const slots = (await res.json()) as StageSlot[];
  return slots.filter((s) => nights.includes(s.night)).map((s) => ({ ...s, venue: venue.name }));
}

function fits(slot: StageSlot, request: ActRequest): boolean {
  return slot.status === 'open' && request.needs.every((n) => slot.backline.includes(n));
}

function score(slot: StageSlot, request: ActRequest): number {
  let s = 0;
  if (request.preferLate === (slot.set === 'late')) s += 2;
  const weekday = new Date(`${slot.night}T12:00:00Z`).getUTCDay();
  if (weekday === 5 || weekday === 6) s += 3; // Friday and Saturday crowds
  return s;
}

export async function suggestSlots(request: ActRequest, limit = 5): Promise<{ slots: StageSlot[]; unreachable: string[] }> {
  const results = await Promise.allSettled(venues.map((v) => venueSlots(v, request.nights)));

  const slots: StageSlot[] = [];
  const unreachable: string[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') slots.push(...r.value.filter((s) => fits(s, request)));
    else unreachable.push(venues[i].name);
  });

  slots.sort((a, b) => score(b, request) - score(a, request) || a.night.localeCompare(b.night));
  return { slots: slots.slice(0, limit), unreachable };
}
