// expect: none
// Every async lookup is awaited before it reaches a template, comparison, ?? fallback or JSON body.
export interface GigRequest {
  eventId: string;
  city: string;
  hours: number;
  walkers: number;
  theme?: string;
  outdoor: boolean;
}

export interface Quote {
  eventId: string;
  totalCents: number;
  summary: string;
}

declare const rates: {
  hourlyCents(city: string): Promise<number | null>;
  themeSurchargeCents(theme: string): Promise<number | undefined>;
};

declare const weather: {
  windKmh(city: string, eventId: string): Promise<number>;
};

declare const crm: {
  postQuote(body: string): Promise<{ quoteId: string }>;
};

const DEFAULT_HOURLY_CENTS = 9_500;
// stilt walkers do not perform outdoors in gusts above this speed
const MAX_SAFE_WIND_KMH = 35;

export async function quoteGig(req: GigRequest): Promise<Quote> {
  const hourly = (await rates.hourlyCents(req.city)) ?? DEFAULT_HOURLY_CENTS;
  const surcharge = req.theme ? ((await rates.themeSurchargeCents(req.theme)) ?? 0) : 0;

  if (req.outdoor) {
    const wind = await weather.windKmh(req.city, req.eventId);
    if (wind > MAX_SAFE_WIND_KMH) {
      throw new Error(`forecast wind ${wind}km/h in ${req.city} is above the ${MAX_SAFE_WIND_KMH}km/h limit for stilts`);
    }
  }

  // each walker needs a ground spotter for outdoor gigs
  const crew = req.outdoor ? req.walkers * 2 : req.walkers;
  const totalCents = crew * req.hours * hourly + req.walkers * surcharge;

  const summary = `${req.walkers} walker(s)${req.theme ? ` as ${req.theme}` : ''}, ${req.hours}h in ${req.city}`;
  return { eventId: req.eventId, totalCents, summary };
}

export async function sendQuote(req: GigRequest): Promise<string> {
  const quote = await quoteGig(req);
  const body = JSON.stringify({
    ...quote,
    currency: 'EUR',
    validDays: 14,
    windChecked: req.outdoor,
  });
  const { quoteId } = await crm.postQuote(body);
  if (quoteId === '') {
    throw new Error(`CRM accepted quote for ${req.eventId} but returned no id`);
  }
  return quoteId;
}

export async function quoteSeason(requests: GigRequest[]): Promise<string[]> {
  const ids: string[] = [];
  for (const req of requests) {
    ids.push(await sendQuote(req));
  }
  return ids;
}
