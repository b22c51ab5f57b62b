// expect: none
// Correct: the dock and forecast requests are stored in variables but handed straight to Promise.all before anything else is awaited, so both rejections are observed.
export interface DockStatus {
  stationId: string;
  capacity: number;
  bikesAvailable: number;
  ebikesAvailable: number;
}

export interface DemandForecast {
  stationId: string;
  expectedDepartures: number;
  expectedArrivals: number;
}

export interface RebalanceMove {
  from: string;
  to: string;
  bikes: number;
}

const GBFS_BASE = 'https://gbfs.citycycle.example/v3';
const FORECAST_BASE = 'https://ml.citycycle.example/forecast';

async function requestJson<T>(url: string, signal: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal });
  if (!res.ok) throw new Error(`${url} -> HTTP ${res.status}`);
  return (await res.json()) as T;
}

function fetchDocks(zone: string, signal: AbortSignal): Promise<DockStatus[]> {
  return requestJson<{ data: DockStatus[] }>(`${GBFS_BASE}/station_status?zone=${zone}`, signal).then((body) => body.data);
}

function fetchForecast(zone: string, horizonMin: number, signal: AbortSignal): Promise<DemandForecast[]> {
  return requestJson<DemandForecast[]>(`${FORECAST_BASE}?zone=${zone}&horizon=${horizonMin}`, signal);
}

function projectedFill(dock: DockStatus, forecast: DemandForecast | undefined): number {
  const bikes = dock.bikesAvailable + dock.ebikesAvailable;
  const delta = forecast ? forecast.expectedArrivals - forecast.expectedDepartures : 0;
  return (bikes + delta) / dock.capacity;
}

export async function planRebalance(zone: string, horizonMin = 60): Promise<RebalanceMove[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error('rebalance planning timed out')), 8_000);

  try {
    const docksRequest = fetchDocks(zone, controller.signal);
    const forecastRequest = fetchForecast(zone, horizonMin, controller.signal);
    const [docks, forecasts] = await Promise.all([docksRequest, forecastRequest]);

    const byStation = new Map(forecasts.map((f) => [f.stationId, f]));
    const scored = docks
      .map((dock) => ({ dock, fill: projectedFill(dock, byStation.get(dock.stationId)) }))
      .sort((a, b) => b.fill - a.fill);

    const donors = scored.filter((s) => s.fill > 0.85);
    const receivers = scored.filter((s) => s.fill < 0.15).reverse();

    const moves: RebalanceMove[] = [];
    for (let i = 0; i < Math.min(donors.length, receivers.length); i++) {
      const donor = donors[i].dock;
      const receiver = receivers[i].dock;
      const surplus = Math.floor((donors[i].fill - 0.6) * donor.capacity);
      const room = receiver.capacity - receiver.bikesAvailable - receiver.ebikesAvailable;
      const bikes = Math.min(surplus, room, 12);
      if (bikes > 0) moves.push({ from: donor.stationId, to: receiver.stationId, bikes });
    }
    return moves;
  } finally {
    clearTimeout(timer);
  }
}
