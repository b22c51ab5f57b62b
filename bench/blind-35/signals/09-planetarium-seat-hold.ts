// expect: no-swallowed-abort
// holdSeats wraps every failure, including the AbortError from a cancelled checkout, in a generic SeatHoldError, so callers show "seats unavailable" for a user cancel.
export interface Seat {
  row: string;
  number: number;
  accessible: boolean;
}

export interface Show {
  id: string;
  title: string;
  startsAt: string;
  domeCapacity: number;
}

export interface SeatHold {
  holdId: string;
  showId: string;
  seats: Seat[];
  expiresAt: string;
}

export class SeatHoldError extends Error {
  constructor(
    readonly showId: string,
    readonly seats: Seat[],
    detail: string,
  ) {
    super(`could not hold ${seats.length} seat(s) for show ${showId}: ${detail}`);
    this.name = 'SeatHoldError';
  }
}

const BOX_OFFICE = 'https://boxoffice.stardome.example/api';

function describeFailure(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function pickSeats(available: Seat[], count: number, needAccessible: boolean): Seat[] | null {
  // Centre rows give the best view of the zenith, so prefer rows F-K then the closest to the aisle.
  const preferred = 'FGHIJK';
  const pool = available
    .filter((s) => !needAccessible || s.accessible)
    .sort((a, b) => {
      const ra = preferred.includes(a.row) ? 0 : 1;
      const rb = preferred.includes(b.row) ? 0 : 1;
      return ra - rb || a.row.localeCompare(b.row) || a.number - b.number;
    });
  for (let i = 0; i + count <= pool.length; i++) {
    const run = pool.slice(i, i + count);
    const sameRow = run.every((s) => s.row === run[0].row);
    const contiguous = run.every((s, k) => k === 0 || s.number === run[k - 1].number + 1);
    if (sameRow && contiguous) return run;
  }
  return null;
}

export async function holdSeats(show: Show, seats: Seat[], signal: AbortSignal): Promise<SeatHold> {
  try {
    const res = await fetch(`${BOX_OFFICE}/shows/${show.id}/holds`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ seats: seats.map((s) => `${s.row}${s.number}`), ttlSeconds: 600 }),
      signal,
    });
    if (res.status === 409) throw new Error('one or more seats were just taken');
    if (!res.ok) throw new Error(`box office answered ${res.status}`);
    return (await res.json()) as SeatHold;
  } catch (err) {
    throw new SeatHoldError(show.id, seats, describeFailure(err));
  }
}

export async function reserveForGroup(
  show: Show,
  available: Seat[],
  count: number,
  needAccessible: boolean,
  signal: AbortSignal,
): Promise<SeatHold | null> {
  const seats = pickSeats(available, count, needAccessible);
  if (!seats) return null;
  return holdSeats(show, seats, signal);
}
