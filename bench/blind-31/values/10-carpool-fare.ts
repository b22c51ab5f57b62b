// expect: none
// The fare cache intentionally holds promises (evicting on failure via .catch); callers await them before formatting or comparing any amount.
export interface TripLeg {
  fromZone: string;
  toZone: string;
  km: number;
  minutes: number;
}

export interface FareQuote {
  legKey: string;
  baseCents: number;
  perKmCents: number;
  tollsCents: number;
}

export interface RiderShare {
  riderId: string;
  km: number;
}

declare function fetchFareQuote(leg: TripLeg): Promise<FareQuote>;
declare const notifications: { push(riderId: string, message: string): Promise<void> };

const quoteCache = new Map<string, Promise<FareQuote>>();

function legKey(leg: TripLeg): string {
  return `${leg.fromZone}->${leg.toZone}`;
}

export function quoteFor(leg: TripLeg): Promise<FareQuote> {
  const key = legKey(leg);
  const cached = quoteCache.get(key);
  if (cached) return cached;
  const pending = fetchFareQuote(leg);
  quoteCache.set(key, pending);
  pending.catch(() => quoteCache.delete(key));
  return pending;
}

function tripCostCents(quote: FareQuote, km: number): number {
  return quote.baseCents + Math.round(quote.perKmCents * km) + quote.tollsCents;
}

function splitCost(totalCents: number, shares: RiderShare[]): Map<string, number> {
  const totalKm = shares.reduce((sum, s) => sum + s.km, 0);
  const result = new Map<string, number>();
  let allocated = 0;
  shares.forEach((share, i) => {
    const portion =
      i === shares.length - 1 ? totalCents - allocated : Math.round((totalCents * share.km) / totalKm);
    allocated += portion;
    result.set(share.riderId, portion);
  });
  return result;
}

export async function settleTrip(leg: TripLeg, shares: RiderShare[], driverId: string): Promise<Map<string, number>> {
  if (shares.length === 0) return new Map();
  const quote = await quoteFor(leg);
  const total = tripCostCents(quote, leg.km);
  const perRider = splitCost(total, shares);

  for (const [riderId, cents] of perRider) {
    const cheaperThanSolo = cents < tripCostCents(quote, shares.find((s) => s.riderId === riderId)?.km ?? leg.km);
    await notifications.push(
      riderId,
      `Your share of today's ride ${legKey(leg)}: $${(cents / 100).toFixed(2)}` +
        (cheaperThanSolo ? ' (saved vs. driving alone)' : ''),
    );
  }
  await notifications.push(driverId, `Trip settled: ${perRider.size} riders, total $${(total / 100).toFixed(2)}`);
  return perRider;
}
