// expect: require-signal-propagation
// loadSailing passes the caller's signal to the sailing request but the per-deck seat fetches in the loop are sent without it.
export interface Seat {
  code: string;
  deck: string;
  kind: 'recliner' | 'bench' | 'cabin' | 'accessible';
  available: boolean;
  priceCents: number;
}

export interface SailingSummary {
  sailingId: string;
  route: string;
  departsAt: string;
  decks: string[];
  vesselName: string;
}

export interface SeatMap {
  sailing: SailingSummary;
  seatsByDeck: Map<string, Seat[]>;
  totalAvailable: number;
}

export interface LoadOptions {
  signal?: AbortSignal;
  includeCabins?: boolean;
}

class FerryApiError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`ferry API responded ${status} for ${url}`);
    this.name = 'FerryApiError';
  }
}

export class FerrySeatMapClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  private headers(): HeadersInit {
    return { authorization: `Bearer ${this.apiKey}`, accept: 'application/json' };
  }

  private async readJson<T>(res: Response): Promise<T> {
    if (!res.ok) throw new FerryApiError(res.status, res.url);
    return (await res.json()) as T;
  }

  async loadSailing(sailingId: string, options: LoadOptions = {}): Promise<SeatMap> {
    const { signal, includeCabins = false } = options;

    const sailing = await this.readJson<SailingSummary>(
      await fetch(`${this.baseUrl}/sailings/${encodeURIComponent(sailingId)}`, {
        headers: this.headers(),
        signal,
      }),
    );

    const seatsByDeck = new Map<string, Seat[]>();
    let totalAvailable = 0;

    // Decks are fetched one at a time; the upstream rate-limits per vessel.
    for (const deck of sailing.decks) {
      const url = new URL(`${this.baseUrl}/sailings/${sailing.sailingId}/decks/${deck}/seats`);
      if (!includeCabins) url.searchParams.set('exclude', 'cabin');

      const res = await fetch(url, { headers: this.headers() });
      const seats = await this.readJson<Seat[]>(res);

      seatsByDeck.set(deck, seats);
      totalAvailable += seats.filter((s) => s.available).length;
    }

    return { sailing, seatsByDeck, totalAvailable };
  }
}

export function cheapestAvailable(map: SeatMap, kind?: Seat['kind']): Seat | undefined {
  let best: Seat | undefined;
  for (const seats of map.seatsByDeck.values()) {
    for (const seat of seats) {
      if (!seat.available || (kind && seat.kind !== kind)) continue;
      if (!best || seat.priceCents < best.priceCents) best = seat;
    }
  }
  return best;
}
