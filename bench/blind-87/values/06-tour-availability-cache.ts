// expect: none
// The Map holds promises on purpose: `??` returns the in-flight promise to the caller, `===` checks promise identity before evicting, and the truthiness test is on an awaited value.
export interface Availability {
  tourId: string;
  date: string;
  seatsLeft: number;
  guide: string;
  basketsProvided: boolean;
}

declare const booking: {
  availability(tourId: string): Promise<Availability>;
  reserve(tourId: string, guests: number): Promise<{ reference: string }>;
};

export class AvailabilityCache {
  private readonly inflight = new Map<string, Promise<Availability>>();
  private readonly fetchedAt = new Map<string, number>();

  constructor(private readonly maxAgeMs = 30_000) {}

  get(tourId: string): Promise<Availability> {
    const age = Date.now() - (this.fetchedAt.get(tourId) ?? 0);
    if (age > this.maxAgeMs) this.inflight.delete(tourId);
    return this.inflight.get(tourId) ?? this.start(tourId);
  }

  invalidate(tourId: string): void {
    this.inflight.delete(tourId);
    this.fetchedAt.delete(tourId);
  }

  private start(tourId: string): Promise<Availability> {
    const p: Promise<Availability> = booking.availability(tourId).catch((err: unknown) => {
      // only evict if a newer request has not replaced this one in the meantime
      if (this.inflight.get(tourId) === p) this.inflight.delete(tourId);
      throw err;
    });
    this.inflight.set(tourId, p);
    this.fetchedAt.set(tourId, Date.now());
    return p;
  }
}

export async function bookForagingTour(
  cache: AvailabilityCache,
  tourId: string,
  guests: number,
): Promise<{ ok: true; reference: string; guide: string } | { ok: false; reason: string }> {
  const availability = await cache.get(tourId);
  if (!availability.seatsLeft || availability.seatsLeft < guests) {
    return { ok: false, reason: `only ${availability.seatsLeft} seats left on ${availability.date}` };
  }
  const { reference } = await booking.reserve(tourId, guests);
  cache.invalidate(tourId);
  return { ok: true, reference, guide: availability.guide };
}

export async function whatToBring(cache: AvailabilityCache, tourId: string): Promise<string[]> {
  const { basketsProvided } = await cache.get(tourId);
  const list = ['waterproof boots', 'a knife with a brush', 'layers for the forest floor'];
  if (!basketsProvided) list.unshift('a wicker basket (no plastic bags: spores need to drop)');
  return list;
}
