// expect: none
// The seat-map promise gets both fulfilment and rejection handlers the moment it is created, so it can never reject unobserved while pricing is awaited.
export interface SeatMap {
  showId: string;
  rows: { row: string; seats: { number: number; held: boolean; sold: boolean }[] }[];
}

export interface PriceBand {
  rowPrefix: string;
  adult: number;
  child: number;
}

export interface BookingQuote {
  showId: string;
  seats: string[];
  total: number;
  currency: 'EUR';
}

declare const boxOffice: {
  loadSeatMap(showId: string, signal?: AbortSignal): Promise<SeatMap>;
  loadPriceBands(showId: string, signal?: AbortSignal): Promise<PriceBand[]>;
  holdSeats(showId: string, seats: string[], minutes: number): Promise<{ holdId: string }>;
};

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

function settle<T>(p: Promise<T>): Promise<Outcome<T>> {
  return p.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function priceFor(seat: string, bands: PriceBand[], isChild: boolean): number {
  const band = bands.find((b) => seat.startsWith(b.rowPrefix)) ?? bands[bands.length - 1];
  return isChild ? band.child : band.adult;
}

export async function quoteFamilyBooking(
  showId: string,
  adults: number,
  children: number,
  signal?: AbortSignal,
): Promise<BookingQuote & { holdId: string }> {
  const seatMapOutcome = settle(boxOffice.loadSeatMap(showId, signal));
  const bands = await boxOffice.loadPriceBands(showId, signal);

  const seatMap = await seatMapOutcome;
  if (!seatMap.ok) {
    throw new Error(`seat map for ${showId} unavailable`, { cause: seatMap.error });
  }

  // Families want to sit together: find the first row with a long enough free run.
  const wanted = adults + children;
  let chosen: string[] = [];
  for (const row of seatMap.value.rows) {
    let run: string[] = [];
    for (const seat of row.seats) {
      run = seat.held || seat.sold ? [] : [...run, `${row.row}${seat.number}`];
      if (run.length === wanted) break;
    }
    if (run.length === wanted) {
      chosen = run;
      break;
    }
  }
  if (chosen.length === 0) throw new Error(`no block of ${wanted} seats left for ${showId}`);

  const total = chosen.reduce((sum, seat, i) => sum + priceFor(seat, bands, i >= adults), 0);
  const { holdId } = await boxOffice.holdSeats(showId, chosen, 10);
  return { showId, seats: chosen, total, currency: 'EUR', holdId };
}
