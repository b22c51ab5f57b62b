// expect: no-swallowed-abort
// The retry loop treats the caller's AbortError like any transient failure, retries it, and finally replaces it with a generic "unavailable" error.
import { STATUS_CODES } from 'node:http';

export interface Itinerary {
  trekId: string;
  days: Array<{ day: number; camp: string; altitudeM: number; distanceKm: number }>;
  llamaCount: number;
}

export class ItineraryUnavailableError extends Error {
  constructor(readonly trekId: string, readonly attempts: number) {
    super(`itinerary service unavailable for trek ${trekId} after ${attempts} attempts`);
    this.name = 'ItineraryUnavailableError';
  }
}

interface Options {
  signal?: AbortSignal;
  attempts?: number;
}

export async function fetchItinerary(
  trekId: string,
  { signal, attempts = 3 }: Options = {},
): Promise<Itinerary> {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const res = await fetch(`https://treks.andes-llama.example/api/itineraries/${trekId}`, { signal });
      if (res.status >= 500) throw new Error(`server error ${res.status} ${STATUS_CODES[res.status] ?? ''}`);
      if (!res.ok) throw new Error(`request rejected with ${res.status}`);
      return (await res.json()) as Itinerary;
    } catch (err) {
      // the gateway in front of the itinerary service drops connections under load; just try again
      console.warn(`itinerary ${trekId} attempt ${attempt}/${attempts} failed: ${(err as Error).message}`);
    }
  }
  throw new ItineraryUnavailableError(trekId, attempts);
}

export async function packingList(trekId: string, signal?: AbortSignal): Promise<string[]> {
  const itinerary = await fetchItinerary(trekId, { signal });
  const maxAltitude = Math.max(...itinerary.days.map((d) => d.altitudeM));
  const list = ['water filter', 'first aid kit', `${itinerary.llamaCount} halters`, 'llama panniers'];
  if (maxAltitude > 3500) list.push('altitude sickness tablets', 'down jacket');
  if (itinerary.days.length > 3) list.push('spare lead ropes');
  return list;
}

export async function prepareDeparture(trekIds: string[], signal?: AbortSignal): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  for (const trekId of trekIds) {
    lists.set(trekId, await packingList(trekId, signal));
  }
  return lists;
}
