// expect: none
// The traffic forecast is started early but gets its fallback handler attached in the same statement, so it can never reject unobserved while other work is awaited.
export interface DeliveryStop {
  customerId: string;
  lat: number;
  lon: number;
  loaves: number;
  window: { from: string; to: string };
}

export interface TrafficForecast {
  congestionFactor: number;
  closedStreets: string[];
}

export interface PlannedRoute {
  riderId: string;
  stops: DeliveryStop[];
  estimatedMinutes: number;
  cargoKg: number;
}

declare const trafficApi: {
  forecast(district: string, atIso: string): Promise<TrafficForecast>;
};
declare const bakeryOrders: {
  stopsFor(district: string, dateIso: string): Promise<DeliveryStop[]>;
};
declare const riders: {
  onDuty(district: string): Promise<Array<{ riderId: string; maxCargoKg: number }>>;
};
declare const dispatchLog: {
  warn(msg: string, meta?: Record<string, unknown>): void;
};

const LOAF_KG = 0.8;
const CALM_TRAFFIC: TrafficForecast = { congestionFactor: 1, closedStreets: [] };

function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * 111;
  const dLon = (a.lon - b.lon) * 111 * Math.cos((a.lat * Math.PI) / 180);
  return Math.hypot(dLat, dLon);
}

function orderByWindow(stops: DeliveryStop[]): DeliveryStop[] {
  return [...stops].sort((a, b) => a.window.from.localeCompare(b.window.from));
}

export async function planRoutes(district: string, dateIso: string, bakery: { lat: number; lon: number }): Promise<PlannedRoute[]> {
  const trafficRequest = trafficApi.forecast(district, `${dateIso}T06:00:00Z`).catch((err: unknown) => {
    dispatchLog.warn('traffic forecast unavailable, assuming calm roads', { district, error: String(err) });
    return CALM_TRAFFIC;
  });

  const stops = orderByWindow(await bakeryOrders.stopsFor(district, dateIso));
  const team = await riders.onDuty(district);
  if (team.length === 0 || stops.length === 0) {
    return [];
  }
  const traffic = await trafficRequest;

  const routes: PlannedRoute[] = team.map((r) => ({ riderId: r.riderId, stops: [], estimatedMinutes: 0, cargoKg: 0 }));
  let position = bakery;
  for (const [index, stop] of stops.entries()) {
    const route = routes[index % routes.length]!;
    const capacity = team[index % team.length]!.maxCargoKg;
    const weight = stop.loaves * LOAF_KG;
    if (route.cargoKg + weight > capacity) {
      dispatchLog.warn('stop exceeds rider capacity, skipping', { customerId: stop.customerId, riderId: route.riderId });
      continue;
    }
    route.stops.push(stop);
    route.cargoKg += weight;
    route.estimatedMinutes += (distanceKm(position, stop) / 15) * 60 * traffic.congestionFactor + 2;
    position = stop;
  }
  return routes.filter((r) => r.stops.length > 0);
}
