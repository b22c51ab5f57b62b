// expect: no-read-before-settle
// depositPercent is updated in a .then() on the settings lookup, but the deposit is computed synchronously right after, so the studio's configured percentage is never applied.
export type Placement = 'forearm' | 'upper-arm' | 'back' | 'ribs' | 'hand' | 'neck' | 'leg';

export interface QuoteRequest {
  artistId: string;
  placement: Placement;
  widthCm: number;
  heightCm: number;
  colour: boolean;
  coverUp: boolean;
}

export interface Quote {
  estimatedHours: number;
  total: number;
  deposit: number;
  currency: 'EUR';
}

declare const artists: {
  hourlyRate(artistId: string): number;
};
declare const studioSettings: {
  get<T>(key: string): Promise<T | undefined>;
};

const DEFAULT_DEPOSIT_PERCENT = 20;
const MIN_SESSION_HOURS = 1;

// Sensitive or awkward areas take longer per square centimetre.
const PLACEMENT_FACTOR: Record<Placement, number> = {
  forearm: 1,
  'upper-arm': 1,
  leg: 1.05,
  back: 1.1,
  hand: 1.35,
  neck: 1.4,
  ribs: 1.5,
};

function estimateHours(req: QuoteRequest): number {
  const area = req.widthCm * req.heightCm;
  let hours = area / 60; // roughly 60 cm² of linework + shading per hour
  if (req.colour) hours *= 1.4;
  if (req.coverUp) hours *= 1.3;
  hours *= PLACEMENT_FACTOR[req.placement];
  return Math.max(MIN_SESSION_HOURS, Math.round(hours * 2) / 2);
}

export function quoteAppointment(req: QuoteRequest): Quote {
  const hours = estimateHours(req);
  const rate = artists.hourlyRate(req.artistId);
  const total = Math.round(hours * rate);

  let depositPercent = DEFAULT_DEPOSIT_PERCENT;
  studioSettings
    .get<number>('booking.depositPercent')
    .then((configured) => {
      if (typeof configured === 'number' && configured > 0 && configured <= 100) {
        depositPercent = configured;
      }
    })
    .catch(() => {
      /* keep the default */
    });

  const deposit = Math.max(50, Math.ceil((total * depositPercent) / 100));

  return {
    estimatedHours: hours,
    total,
    deposit: Math.min(deposit, total),
    currency: 'EUR',
  };
}

export function formatQuote(q: Quote): string {
  const eur = new Intl.NumberFormat('de-DE', { style: 'currency', currency: q.currency });
  return `${q.estimatedHours}h session · ${eur.format(q.total)} (deposit ${eur.format(q.deposit)})`;
}
