// expect: none
// The loaders record holds functions and each is called in the .map before Promise.all; the memoised promise is reused only as a cache of a successful result and is dropped on failure.
export interface HourlyPoint {
  hourUtc: string;
  tempC: number;
  dewPointC: number;
  windKmh: number;
}

type Source = 'national' | 'stationModel' | 'growerNetwork';

declare const nationalApi: { hourly(lat: number, lon: number): Promise<HourlyPoint[]> };
declare const stationModel: { predict(stationId: string, hours: number): Promise<HourlyPoint[]> };
declare const growerNet: { nearby(lat: number, lon: number, km: number): Promise<HourlyPoint[]> };

export interface Vineyard {
  id: string;
  lat: number;
  lon: number;
  stationId: string;
}

const memo = new Map<string, Promise<Record<Source, HourlyPoint[]>>>();

function loadersFor(v: Vineyard): Record<Source, () => Promise<HourlyPoint[]>> {
  return {
    national: () => nationalApi.hourly(v.lat, v.lon),
    stationModel: () => stationModel.predict(v.stationId, 12),
    growerNetwork: () => growerNet.nearby(v.lat, v.lon, 15),
  };
}

async function loadAll(v: Vineyard): Promise<Record<Source, HourlyPoint[]>> {
  const loaders = Object.entries(loadersFor(v)) as Array<[Source, () => Promise<HourlyPoint[]>]>;
  const series = await Promise.all(loaders.map(([, load]) => load()));
  return Object.fromEntries(loaders.map(([source], i) => [source, series[i]])) as Record<Source, HourlyPoint[]>;
}

export function forecastsFor(v: Vineyard): Promise<Record<Source, HourlyPoint[]>> {
  const hourKey = `${v.id}@${new Date().toISOString().slice(0, 13)}`;
  let pending = memo.get(hourKey);
  if (!pending) {
    pending = loadAll(v);
    memo.set(hourKey, pending);
    pending.catch(() => memo.delete(hourKey));
  }
  return pending;
}

export async function coldestHour(v: Vineyard): Promise<{ hourUtc: string; tempC: number; agreeing: number }> {
  const bySource = await forecastsFor(v);
  const hours = new Map<string, number[]>();
  for (const series of Object.values(bySource)) {
    for (const p of series) {
      const list = hours.get(p.hourUtc) ?? [];
      list.push(p.tempC);
      hours.set(p.hourUtc, list);
    }
  }
  let coldest = { hourUtc: '', tempC: Infinity, agreeing: 0 };
  for (const [hourUtc, temps] of hours) {
    const mean = temps.reduce((a, b) => a + b, 0) / temps.length;
    if (mean < coldest.tempC) coldest = { hourUtc, tempC: Number(mean.toFixed(1)), agreeing: temps.length };
  }
  return coldest;
}
