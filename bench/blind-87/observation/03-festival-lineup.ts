// expect: none
// Both lookups are stored and only then combined, but Promise.all takes them in the same synchronous run; the optional sponsor promise gets its handlers at creation via .then(ok, err).
export interface Flyer {
  id: string;
  name: string;
  kite: 'delta' | 'parafoil' | 'box' | 'rokkaku' | 'sled';
  slotMinutes: number;
}

export interface Forecast {
  windKnots: number;
  gustKnots: number;
  direction: number;
}

export interface Lineup {
  day: string;
  slots: Array<{ flyer: string; start: string; kite: Flyer['kite'] }>;
  sponsorBanner: string | null;
}

declare const registry: { flyers(day: string): Promise<Flyer[]> };
declare const weather: { forecast(day: string, field: string): Promise<Forecast> };
declare const sponsors: { bannerFor(day: string): Promise<string> };

const HEAVY_WIND_KITES: ReadonlySet<Flyer['kite']> = new Set(['delta', 'sled']);

function toClock(minutesFromNine: number): string {
  const h = 9 + Math.floor(minutesFromNine / 60);
  const m = minutesFromNine % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

export async function buildLineup(day: string, field: string, withSponsor: boolean): Promise<Lineup> {
  const flyersP = registry.flyers(day);
  const forecastP = weather.forecast(day, field);
  const bannerP = withSponsor
    ? sponsors.bannerFor(day).then(
        (banner) => banner,
        (err) => {
          console.warn(`[lineup] no sponsor banner for ${day}`, err);
          return null;
        },
      )
    : Promise.resolve(null);

  const [flyers, forecast] = await Promise.all([flyersP, forecastP]);

  const strong = forecast.gustKnots > 22;
  const eligible = strong ? flyers.filter((f) => HEAVY_WIND_KITES.has(f.kite)) : flyers;

  let clock = 0;
  const slots = eligible.map((f) => {
    const slot = { flyer: f.name, start: toClock(clock), kite: f.kite };
    clock += f.slotMinutes;
    return slot;
  });

  return { day, slots, sponsorBanner: await bannerP };
}

export async function buildWeekend(field: string): Promise<Lineup[]> {
  return Promise.all([buildLineup('saturday', field, true), buildLineup('sunday', field, false)]);
}
