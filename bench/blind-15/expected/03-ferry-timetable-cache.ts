// expect: none
// The timetable promise is cached and awaited by many callers on purpose; on failure the cache is dropped so the next call starts a fresh fetch.
export interface Sailing {
  sailingId: string;
  route: string;
  departs: string;
  vehicleDeckFree: number;
  passengerSeatsFree: number;
}

interface TimetableResponse {
  generatedAt: string;
  sailings: Sailing[];
}

const TIMETABLE_TTL_MS = 60_000;

export class TimetableCache {
  private pending: Promise<TimetableResponse> | null = null;
  private fetchedAt = 0;

  constructor(
    private readonly baseUrl: string,
    private readonly now: () => number = Date.now,
  ) {}

  private async download(): Promise<TimetableResponse> {
    const res = await fetch(`${this.baseUrl}/timetable`, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(8_000),
    });
    if (!res.ok) {
      throw new Error(`timetable service returned ${res.status}`);
    }
    return (await res.json()) as TimetableResponse;
  }

  private load(): Promise<TimetableResponse> {
    const stale = this.now() - this.fetchedAt > TIMETABLE_TTL_MS;
    if (!this.pending || stale) {
      this.fetchedAt = this.now();
      const request = this.download();
      this.pending = request;
      request.catch(() => {
        // Don't keep a rejected promise around; the next caller should try again.
        if (this.pending === request) {
          this.pending = null;
          this.fetchedAt = 0;
        }
      });
    }
    return this.pending;
  }

  async sailingsFor(route: string): Promise<Sailing[]> {
    const timetable = await this.load();
    return timetable.sailings.filter((s) => s.route === route);
  }

  async findSailing(sailingId: string): Promise<Sailing | undefined> {
    const timetable = await this.load();
    return timetable.sailings.find((s) => s.sailingId === sailingId);
  }
}

export async function quoteBooking(
  cache: TimetableCache,
  sailingId: string,
  passengers: number,
  vehicles: number,
): Promise<{ ok: boolean; reason?: string }> {
  // Both lookups share the same in-flight download.
  const [sailing, alternatives] = await Promise.all([cache.findSailing(sailingId), cache.sailingsFor(sailingId.split('-')[0] ?? '')]);

  if (!sailing) {
    return { ok: false, reason: 'unknown sailing' };
  }
  if (sailing.passengerSeatsFree < passengers) {
    return { ok: false, reason: `only ${sailing.passengerSeatsFree} seats left` };
  }
  if (sailing.vehicleDeckFree < vehicles) {
    const later = alternatives.filter((s) => s.departs > sailing.departs && s.vehicleDeckFree >= vehicles);
    return { ok: false, reason: later.length ? `try ${later[0].departs}` : 'vehicle deck full' };
  }
  return { ok: true };
}
