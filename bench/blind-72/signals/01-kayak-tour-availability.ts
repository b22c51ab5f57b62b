// expect: require-signal-propagation
// loadTourAvailability passes the caller's signal to the slots fetch but not to the tide-table fetch, so cancelling a search leaves that request running.
export interface TourSlot {
  slotId: string;
  startsAt: string;
  durationMin: number;
  seatsLeft: number;
  doubleKayaks: number;
}

export interface TideWindow {
  highWater: string;
  lowWater: string;
  rangeM: number;
}

export interface Availability {
  tourId: string;
  date: string;
  slots: Array<TourSlot & { tideNote?: string }>;
}

interface TourInfo {
  tourId: string;
  fjord: string;
  tideStation: string;
  maxTideRangeM: number;
}

const BOOKING_API = 'https://booking.fjordpaddle.example/api/v2';
const TIDE_API = 'https://tides.kartverket.example/v1';

export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url} responded ${status}`);
    this.name = 'HttpStatusError';
  }
}

async function readJson<T>(res: Response): Promise<T> {
  if (!res.ok) {
    throw new HttpStatusError(res.url, res.status);
  }
  return (await res.json()) as T;
}

function minutesBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 60_000;
}

export async function loadTourAvailability(
  tourId: string,
  date: string,
  options: { signal?: AbortSignal; partySize?: number } = {},
): Promise<Availability> {
  const { signal, partySize = 1 } = options;
  const headers = { accept: 'application/json' };

  const info = await readJson<TourInfo>(await fetch(`${BOOKING_API}/tours/${encodeURIComponent(tourId)}`, { headers, signal }));
  const slots = await readJson<TourSlot[]>(
    await fetch(`${BOOKING_API}/tours/${encodeURIComponent(tourId)}/slots?date=${date}&party=${partySize}`, {
      headers,
      signal,
    }),
  );

  const open = slots.filter((s) => s.seatsLeft >= partySize);
  if (open.length === 0) {
    return { tourId, date, slots: [] };
  }

  const tide = await readJson<TideWindow>(
    await fetch(`${TIDE_API}/stations/${info.tideStation}/window?date=${date}`, { headers }),
  );

  if (tide.rangeM > info.maxTideRangeM) {
    return { tourId, date, slots: [] };
  }

  return {
    tourId,
    date,
    slots: open.map((slot) => {
      const nearLow = minutesBetween(slot.startsAt, tide.lowWater) < 45;
      return nearLow ? { ...slot, tideNote: 'launch near low water: expect a carry over the mudflat' } : slot;
    }),
  };
}
