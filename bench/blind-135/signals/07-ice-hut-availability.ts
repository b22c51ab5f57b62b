// expect: require-signal-propagation
// availableHuts forwards options.signal to the ice report and quote calls but not to listHuts, which accepts one, so cancelling during the listing does not stop it.
export interface IceReport {
  lake: string;
  thicknessCm: number;
  measuredAt: string;
  slushWarning: boolean;
}

export interface Hut {
  hutId: string;
  lake: string;
  sleeps: number;
  heater: 'propane' | 'wood' | 'none';
  bookedNights: string[];
}

export interface Quote {
  hutId: string;
  nights: number;
  totalCents: number;
}

export interface HutRentalClient {
  getIceReport(lake: string, opts?: { signal?: AbortSignal }): Promise<IceReport>;
  listHuts(query: { lake: string; minSleeps?: number; signal?: AbortSignal }): Promise<Hut[]>;
  quote(hutId: string, nights: string[], opts?: { signal?: AbortSignal }): Promise<Quote>;
}

export interface AvailabilityOptions {
  anglers: number;
  nights: string[];
  signal?: AbortSignal;
}

export interface AvailableHut {
  hut: Hut;
  quote: Quote;
}

const MIN_SAFE_ICE_CM = 20;

export async function availableHuts(
  client: HutRentalClient,
  lake: string,
  options: AvailabilityOptions,
): Promise<AvailableHut[]> {
  const report = await client.getIceReport(lake, { signal: options.signal });
  if (report.thicknessCm < MIN_SAFE_ICE_CM || report.slushWarning) {
    return [];
  }

  const huts = await client.listHuts({ lake, minSleeps: options.anglers });
  const free = huts.filter((h) => !options.nights.some((n) => h.bookedNights.includes(n)));

  const quotes = await Promise.all(
    free.map((h) => client.quote(h.hutId, options.nights, { signal: options.signal })),
  );

  return free
    .map((hut, i) => ({ hut, quote: quotes[i] }))
    .sort((a, b) => a.quote.totalCents - b.quote.totalCents);
}

export function describeOffer(offer: AvailableHut): string {
  const price = (offer.quote.totalCents / 100).toFixed(2);
  const heat = offer.hut.heater === 'none' ? 'unheated' : `${offer.hut.heater} heater`;
  return `${offer.hut.hutId} on ${offer.hut.lake}: sleeps ${offer.hut.sleeps}, ${heat}, $${price} for ${offer.quote.nights} night(s)`;
}

export async function cheapestOffer(
  client: HutRentalClient,
  lakes: string[],
  options: AvailabilityOptions,
): Promise<AvailableHut | null> {
  let best: AvailableHut | null = null;
  for (const lake of lakes) {
    const offers = await availableHuts(client, lake, options);
    if (offers.length > 0 && (!best || offers[0].quote.totalCents < best.quote.totalCents)) {
      best = offers[0];
    }
  }
  return best;
}
