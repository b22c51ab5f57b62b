// expect: none
// The promise-valued ?? , truthiness test and === are all on Promise | undefined map entries by design (in-flight de-duplication), and every seat value used is awaited first.
export interface ShowTime {
  showId: string;
  title: string;
  startsAt: string;
  domeSeats: number;
}

export interface Availability {
  showId: string;
  sold: number;
  held: number;
  remaining: number;
}

declare const boxOffice: {
  availability(showId: string): Promise<Availability>;
  hold(showId: string, seats: number, customer: string): Promise<{ holdId: string; expiresAt: string }>;
};

export class AvailabilityCache {
  private readonly inflight = new Map<string, Promise<Availability>>();
  private readonly fresh = new Map<string, { value: Availability; at: number }>();

  constructor(private readonly ttlMs = 5_000) {}

  get(showId: string): Promise<Availability> {
    const cached = this.fresh.get(showId);
    if (cached && Date.now() - cached.at < this.ttlMs) {
      return Promise.resolve(cached.value);
    }
    return this.inflight.get(showId) ?? this.load(showId);
  }

  invalidate(showId: string): void {
    this.fresh.delete(showId);
  }

  isLoading(showId: string): boolean {
    return this.inflight.has(showId);
  }

  private load(showId: string): Promise<Availability> {
    const request = boxOffice.availability(showId).finally(() => {
      if (this.inflight.get(showId) === request) this.inflight.delete(showId);
    });
    this.inflight.set(showId, request);
    return request.then((value) => {
      this.fresh.set(showId, { value, at: Date.now() });
      return value;
    });
  }
}

export async function sellSeats(
  cache: AvailabilityCache,
  show: ShowTime,
  seats: number,
  customer: string,
): Promise<{ holdId: string; message: string }> {
  const availability = await cache.get(show.showId);
  if (availability.remaining < seats) {
    throw new Error(`only ${availability.remaining} seats left for ${show.title} at ${show.startsAt}`);
  }
  const { holdId, expiresAt } = await boxOffice.hold(show.showId, seats, customer);
  cache.invalidate(show.showId);
  const left = availability.remaining - seats;
  return {
    holdId,
    message: `${seats} seats held for ${show.title} until ${expiresAt}; ${left} left under the dome`,
  };
}

export async function eveningSummary(cache: AvailabilityCache, shows: ShowTime[]): Promise<string[]> {
  const all = await Promise.all(shows.map((s) => cache.get(s.showId)));
  return shows.map((show, i) => {
    const a = all[i];
    const pct = Math.round(((a.sold + a.held) / show.domeSeats) * 100);
    return `${show.startsAt} ${show.title}: ${pct}% (${a.remaining} free)`;
  });
}
