// expect: none
// syncBookings falls back to the cached roster only for network or HTTP failures and rethrows when the error is an AbortError (or the signal is aborted), so a cancelled sync is reported as cancelled rather than as stale data.
export interface Booking {
  id: string;
  student: string;
  slot: string;
  board: 'trainer' | '9m' | '12m' | '14m';
  instructor: string;
}

export interface BookingCache {
  read(day: string): Promise<Booking[] | null>;
  write(day: string, bookings: Booking[]): Promise<void>;
}

export interface SyncResult {
  bookings: Booking[];
  source: 'live' | 'cache';
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function syncBookings(
  day: string,
  cache: BookingCache,
  opts: { signal: AbortSignal; baseUrl: string },
): Promise<SyncResult> {
  try {
    const res = await fetch(`${opts.baseUrl}/bookings?day=${day}`, { signal: opts.signal });
    if (!res.ok) throw new Error(`bookings HTTP ${res.status}`);
    const bookings = (await res.json()) as Booking[];
    await cache.write(day, bookings);
    return { bookings, source: 'live' };
  } catch (err) {
    if (isAbortError(err) || opts.signal.aborted) throw err;
    const cached = await cache.read(day);
    if (!cached) throw new Error(`no bookings for ${day}: live sync failed and nothing cached`, { cause: err });
    return { bookings: cached, source: 'cache' };
  }
}

export function boardsNeeded(bookings: Booking[]): Record<Booking['board'], number> {
  const counts: Record<Booking['board'], number> = { trainer: 0, '9m': 0, '12m': 0, '14m': 0 };
  for (const b of bookings) counts[b.board]++;
  return counts;
}

export async function morningBriefing(day: string, cache: BookingCache, baseUrl: string, signal: AbortSignal): Promise<string> {
  const { bookings, source } = await syncBookings(day, cache, { signal, baseUrl });
  const boards = boardsNeeded(bookings);
  const lines = Object.entries(boards)
    .filter(([, n]) => n > 0)
    .map(([board, n]) => `  ${board}: ${n}`);
  return [`${day} — ${bookings.length} lessons${source === 'cache' ? ' (offline copy)' : ''}`, ...lines].join('\n');
}
