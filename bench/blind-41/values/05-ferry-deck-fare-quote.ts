// expect: none
// Every ?? fallback, === comparison and truthiness test is applied to an awaited value, never to the pending promise itself.
export interface FareRequest {
  route: string;
  sailingDate: string;
  vehicle: 'car' | 'van' | 'campervan' | 'motorcycle' | 'bicycle';
  lengthM: number;
  heightM: number;
  passengers: number;
  promoCode?: string;
}

export interface FareQuote {
  route: string;
  vehicleCents: number;
  passengerCents: number;
  discountCents: number;
  totalCents: number;
  deck: 'main' | 'mezzanine' | 'upper';
}

declare const fareCache: {
  get(key: string): Promise<number | undefined>;
  set(key: string, cents: number, ttlSec: number): Promise<void>;
};
declare const tariffService: {
  vehicleFare(route: string, vehicle: FareRequest['vehicle'], lengthBand: number): Promise<number>;
  passengerFare(route: string, sailingDate: string): Promise<number>;
};
declare const promotions: {
  lookup(code: string): Promise<{ route: string | '*'; percentOff: number } | null>;
};
declare const deckAvailability: {
  mezzanineOpen(route: string, sailingDate: string): Promise<boolean>;
};

function lengthBand(lengthM: number): number {
  if (lengthM <= 5) return 1;
  if (lengthM <= 7) return 2;
  return 3 + Math.ceil((lengthM - 7) / 2);
}

async function vehicleFare(req: FareRequest): Promise<number> {
  const band = lengthBand(req.lengthM);
  const key = `${req.route}:${req.vehicle}:${band}`;
  const cached = await fareCache.get(key);
  const cents = cached ?? (await tariffService.vehicleFare(req.route, req.vehicle, band));
  if (cached === undefined) await fareCache.set(key, cents, 900);
  return cents;
}

async function pickDeck(req: FareRequest): Promise<FareQuote['deck']> {
  if (req.vehicle === 'bicycle' || req.vehicle === 'motorcycle') return 'upper';
  if (req.heightM > 1.85) return 'main';
  const mezzanine = await deckAvailability.mezzanineOpen(req.route, req.sailingDate);
  return mezzanine ? 'mezzanine' : 'main';
}

export async function quoteFare(req: FareRequest): Promise<FareQuote> {
  const [vehicleCents, perPassenger, deck] = await Promise.all([
    vehicleFare(req),
    tariffService.passengerFare(req.route, req.sailingDate),
    pickDeck(req),
  ]);
  const passengerCents = perPassenger * Math.max(1, req.passengers);

  let discountCents = 0;
  if (req.promoCode) {
    const promo = await promotions.lookup(req.promoCode.toUpperCase());
    if (promo && (promo.route === '*' || promo.route === req.route)) {
      discountCents = Math.round(((vehicleCents + passengerCents) * promo.percentOff) / 100);
    }
  }

  return {
    route: req.route,
    vehicleCents,
    passengerCents,
    discountCents,
    totalCents: vehicleCents + passengerCents - discountCents,
    deck,
  };
}
