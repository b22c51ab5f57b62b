// expect: none
// The forecast is prefetched and held across the other awaits, but .then(ok, err) is attached in the same statement that starts it, turning it into a promise that cannot reject, so nothing is ever left unobserved.
export interface Field {
  id: string;
  name: string;
  lat: number;
  lon: number;
}

export interface Forecast {
  windKph: number;
  rainMm: number;
  summary: string;
}

export interface CourseLayout {
  outrunMetres: number;
  obstacles: string[];
}

export interface TrialRegistry {
  field(trialId: string): Promise<Field>;
  layout(trialId: string): Promise<CourseLayout>;
  entrants(trialId: string): Promise<Array<{ handler: string; dog: string }>>;
}

export interface WeatherClient {
  forecast(lat: number, lon: number): Promise<Forecast>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

export interface Briefing {
  title: string;
  entrants: number;
  layout: CourseLayout;
  weather: string;
}

export async function buildBriefing(
  registry: TrialRegistry,
  weather: WeatherClient,
  trialId: string,
): Promise<Briefing> {
  const field = await registry.field(trialId);

  const forecastP: Promise<Outcome<Forecast>> = weather.forecast(field.lat, field.lon).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
  );

  const layout = await registry.layout(trialId);
  const entrants = await registry.entrants(trialId);

  const forecast = await forecastP;
  let weatherLine: string;
  if (forecast.ok) {
    const { windKph, rainMm, summary } = forecast.value;
    const caution = windKph > 40 ? ' Dogs may struggle to hear whistles on the outrun.' : '';
    weatherLine = `${summary}, wind ${windKph} km/h, rain ${rainMm} mm.${caution}`;
  } else {
    weatherLine = `Forecast unavailable (${forecast.error.message}); check with the course director.`;
  }

  return {
    title: `${field.name} open trial — course briefing`,
    entrants: entrants.length,
    layout,
    weather: weatherLine,
  };
}
