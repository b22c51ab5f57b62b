// expect: require-signal-propagation
// The first page request gets options.signal but the follow-up page fetches inside the loop do not, so cancelling a long listing keeps pulling pages.
export interface IceBooking {
  bookingId: string;
  rink: string;
  team: string;
  startsAt: string;
  endsAt: string;
  kind: 'practice' | 'league-game' | 'tournament' | 'resurfacing';
  sledgesRequested: number;
}

interface BookingPage {
  items: IceBooking[];
  next: string | null;
}

export interface ListOptions {
  signal?: AbortSignal;
  from: string;
  to: string;
  pageSize?: number;
}

declare const rinkApi: { baseUrl: string; apiKey: string };

function headers(): HeadersInit {
  return { 'x-api-key': rinkApi.apiKey, accept: 'application/json' };
}

async function readPage(res: Response): Promise<BookingPage> {
  if (!res.ok) {
    throw new Error(`rink booking API returned ${res.status}`);
  }
  return (await res.json()) as BookingPage;
}

export async function listBookings(rink: string, options: ListOptions): Promise<IceBooking[]> {
  const query = new URLSearchParams({ from: options.from, to: options.to, limit: String(options.pageSize ?? 200) });
  const first = await fetch(`${rinkApi.baseUrl}/rinks/${encodeURIComponent(rink)}/bookings?${query}`, {
    headers: headers(),
    signal: options.signal,
  });
  let page = await readPage(first);
  const bookings = [...page.items];

  while (page.next) {
    const res = await fetch(new URL(page.next, rinkApi.baseUrl), { headers: headers() });
    page = await readPage(res);
    bookings.push(...page.items);
  }
  return bookings;
}

/** Sled hockey needs wider bench doors and a sledge count; flag sessions that over-subscribe the rink's sledge store. */
export async function sledgeShortfalls(
  rink: string,
  sledgesOwned: number,
  options: ListOptions,
): Promise<Array<{ bookingId: string; short: number }>> {
  const bookings = await listBookings(rink, options);
  const shortfalls: Array<{ bookingId: string; short: number }> = [];
  for (const booking of bookings) {
    if (booking.kind === 'resurfacing') continue;
    const overlapping = bookings.filter(
      (b) => b !== booking && b.kind !== 'resurfacing' && b.startsAt < booking.endsAt && booking.startsAt < b.endsAt,
    );
    const demand = booking.sledgesRequested + overlapping.reduce((n, b) => n + b.sledgesRequested, 0);
    if (demand > sledgesOwned) {
      shortfalls.push({ bookingId: booking.bookingId, short: demand - sledgesOwned });
    }
  }
  return shortfalls;
}

export function resurfacingGaps(bookings: IceBooking[], minGapMinutes = 15): string[] {
  const sorted = bookings.filter((b) => b.kind !== 'resurfacing').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const tooTight: string[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const gap = (Date.parse(sorted[i].startsAt) - Date.parse(sorted[i - 1].endsAt)) / 60_000;
    if (gap < minGapMinutes) tooTight.push(sorted[i].bookingId);
  }
  return tooTight;
}
