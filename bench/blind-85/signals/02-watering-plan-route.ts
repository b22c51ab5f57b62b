// expect: require-signal-propagation
// The handler passes req.signal to the database query but not to the forecast fetch, so when the client disconnects the slow upstream weather call keeps running.
export interface BenchRow {
  bench: string;
  species: string;
  potVolumeL: number;
  substrate: 'akadama' | 'pumice-mix' | 'organic';
  lastWateredAt: string;
}

interface Forecast {
  hourly: { time: string[]; temperature_2m: number[]; precipitation: number[] };
}

declare const db: {
  query<T>(sql: string, params: unknown[], opts?: { signal?: AbortSignal }): Promise<T[]>;
};

const FORECAST_URL = 'https://api.open-meteo.com/v1/forecast';

function litresFor(row: BenchRow, maxTempC: number, rainMm: number): number {
  const dryness = row.substrate === 'organic' ? 0.6 : row.substrate === 'pumice-mix' ? 1.1 : 0.9;
  const heat = Math.max(0, maxTempC - 18) * 0.04;
  const rainCredit = Math.min(rainMm * 0.05, 0.5);
  return Math.max(0, +(row.potVolumeL * (0.15 + heat) * dryness - rainCredit).toFixed(2));
}

export async function GET(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const nursery = url.searchParams.get('nursery');
  if (!nursery) {
    return Response.json({ error: 'nursery is required' }, { status: 400 });
  }

  const benches = await db.query<BenchRow & { lat: number; lon: number }>(
    'select b.*, n.lat, n.lon from benches b join nurseries n on n.id = b.nursery_id where n.slug = $1',
    [nursery],
    { signal: req.signal },
  );
  if (benches.length === 0) {
    return Response.json({ error: `unknown nursery ${nursery}` }, { status: 404 });
  }

  const { lat, lon } = benches[0];
  const forecastRes = await fetch(
    `${FORECAST_URL}?latitude=${lat}&longitude=${lon}&hourly=temperature_2m,precipitation&forecast_days=1`,
    { headers: { accept: 'application/json' } },
  );
  if (!forecastRes.ok) {
    return Response.json({ error: 'forecast unavailable' }, { status: 502 });
  }
  const forecast = (await forecastRes.json()) as Forecast;
  const maxTemp = Math.max(...forecast.hourly.temperature_2m);
  const rain = forecast.hourly.precipitation.reduce((a, b) => a + b, 0);

  const plan = benches.map((row) => ({
    bench: row.bench,
    species: row.species,
    litres: litresFor(row, maxTemp, rain),
  }));

  return Response.json(
    { nursery, maxTempC: maxTemp, rainMm: +rain.toFixed(1), plan },
    { headers: { 'cache-control': 'private, max-age=900' } },
  );
}
