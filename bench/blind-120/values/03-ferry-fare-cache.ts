// expect: none
// The cache deliberately stores in-flight fare promises so concurrent quotes share one request, and every place that needs the fare itself awaits it first.
export interface FareQuote {
  route: string;
  sailingDate: string;
  adultCents: number;
  childCents: number;
  carCents: number;
}

export interface FareApi {
  quote(route: string, sailingDate: string): Promise<FareQuote>;
}

export interface Party {
  adults: number;
  children: number;
  cars: number;
}

export class FareCache {
  private readonly inFlight = new Map<string, Promise<FareQuote>>();

  constructor(
    private readonly api: FareApi,
    private readonly ttlMs = 10 * 60_000,
  ) {}

  private key(route: string, sailingDate: string): string {
    return `${route}@${sailingDate}`;
  }

  fare(route: string, sailingDate: string): Promise<FareQuote> {
    const key = this.key(route, sailingDate);
    const existing = this.inFlight.get(key);
    if (existing) return existing;

    const request = this.api.quote(route, sailingDate);
    this.inFlight.set(key, request);
    request.then(
      () => setTimeout(() => this.inFlight.delete(key), this.ttlMs).unref(),
      () => this.inFlight.delete(key),
    );
    return request;
  }

  async priceParty(route: string, sailingDate: string, party: Party): Promise<number> {
    const fare = await this.fare(route, sailingDate);
    return party.adults * fare.adultCents + party.children * fare.childCents + party.cars * fare.carCents;
  }

  async quoteText(route: string, sailingDate: string, party: Party): Promise<string> {
    const totalCents = await this.priceParty(route, sailingDate, party);
    return `${route} on ${sailingDate}: ${(totalCents / 100).toFixed(2)} EUR for ${party.adults + party.children} passengers`;
  }

  async cheapestDay(route: string, dates: string[], party: Party): Promise<{ date: string; cents: number }> {
    if (dates.length === 0) throw new RangeError('no sailing dates to compare');
    const totals = await Promise.all(dates.map((d) => this.priceParty(route, d, party)));
    let best = 0;
    for (let i = 1; i < totals.length; i++) {
      if (totals[i] < totals[best]) best = i;
    }
    return { date: dates[best], cents: totals[best] };
  }

  get size(): number {
    return this.inFlight.size;
  }
}
