// expect: no-unobserved-promise
// runWateringCycle starts the forecast request first and awaits two other calls before attaching to it, so a forecast failure meanwhile is an unhandled rejection.
export interface BenchTree {
  treeId: string;
  species: 'juniper' | 'trident-maple' | 'ficus' | 'black-pine' | 'azalea';
  potVolumeL: number;
  soil: 'akadama' | 'pumice-mix' | 'kanuma';
}

export interface MoistureReading {
  treeId: string;
  volumetricPct: number;
}

export interface HourlyForecast {
  hour: string;
  tempC: number;
  rainMm: number;
  humidityPct: number;
}

export interface WateringOrder {
  treeId: string;
  millilitres: number;
  mist: boolean;
}

declare const weather: { hourly(lat: number, lon: number, hours: number): Promise<HourlyForecast[]> };
declare const benchSensors: { readBench(benchId: string): Promise<MoistureReading[]> };
declare const inventory: { treesOnBench(benchId: string): Promise<BenchTree[]> };
declare const irrigation: { dispatch(benchId: string, orders: WateringOrder[]): Promise<void> };
declare const nursery: { lat: number; lon: number };

const TARGET_PCT: Record<BenchTree['species'], number> = {
  juniper: 22,
  'black-pine': 20,
  'trident-maple': 32,
  ficus: 30,
  azalea: 38,
};

export function planOrders(trees: BenchTree[], moisture: MoistureReading[], forecast: HourlyForecast[]): WateringOrder[] {
  const rainAhead = forecast.slice(0, 6).reduce((mm, h) => mm + h.rainMm, 0);
  const hot = forecast.some((h) => h.tempC > 30);
  const byTree = new Map(moisture.map((m) => [m.treeId, m.volumetricPct]));
  const orders: WateringOrder[] = [];
  for (const tree of trees) {
    const current = byTree.get(tree.treeId);
    if (current === undefined) continue;
    const deficit = TARGET_PCT[tree.species] - current - (tree.soil === 'akadama' ? rainAhead * 0.8 : rainAhead * 0.5);
    if (deficit <= 0) continue;
    orders.push({
      treeId: tree.treeId,
      millilitres: Math.round(deficit * tree.potVolumeL * 10),
      mist: hot && tree.species !== 'black-pine',
    });
  }
  return orders;
}

export async function runWateringCycle(benchId: string): Promise<WateringOrder[]> {
  const forecastRequest = weather.hourly(nursery.lat, nursery.lon, 12);
  const trees = await inventory.treesOnBench(benchId);
  const moisture = await benchSensors.readBench(benchId);
  const forecast = await forecastRequest;

  const orders = planOrders(trees, moisture, forecast);
  if (orders.length > 0) {
    await irrigation.dispatch(benchId, orders);
  }
  return orders;
}
