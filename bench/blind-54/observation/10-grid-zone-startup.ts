// expect: none
// The pump and weather requests start together and are awaited at once through Promise.all, so neither sits unobserved behind another await.
export interface CannonZone {
  zoneId: string;
  cannons: string[];
  pumpStation: string;
  elevationM: number;
}

export interface PumpState {
  station: string;
  pressureBar: number;
  online: boolean;
}

export interface ZoneWeather {
  wetBulbC: number;
  windMs: number;
  humidityPct: number;
}

declare const pumps: { state(station: string): Promise<PumpState>; prime(station: string): Promise<PumpState> };
declare const weather: { at(elevationM: number): Promise<ZoneWeather> };
declare const cannonBus: {
  setNucleator(cannonId: string, on: boolean): Promise<void>;
  open(cannonId: string, flowLpm: number): Promise<void>;
};

const MIN_PRESSURE_BAR = 25;

function flowFor(weather: ZoneWeather): number {
  if (weather.wetBulbC <= -7) return 480;
  if (weather.wetBulbC <= -4) return 320;
  return 180;
}

export async function startZone(zone: CannonZone): Promise<{ started: string[]; flowLpm: number } | null> {
  const pumpRequest = pumps.state(zone.pumpStation);
  const weatherRequest = weather.at(zone.elevationM);
  const [pump, conditions] = await Promise.all([pumpRequest, weatherRequest]);

  if (conditions.wetBulbC > -2.5 || conditions.windMs > 14) return null;

  const ready = pump.online && pump.pressureBar >= MIN_PRESSURE_BAR ? pump : await pumps.prime(zone.pumpStation);
  if (!ready.online) {
    throw new Error(`pump ${zone.pumpStation} would not prime (${ready.pressureBar} bar)`);
  }

  const flowLpm = flowFor(conditions);
  const started: string[] = [];
  for (const cannonId of zone.cannons) {
    await cannonBus.setNucleator(cannonId, true);
    await cannonBus.open(cannonId, flowLpm);
    started.push(cannonId);
  }
  return { started, flowLpm };
}

export async function startMountain(zones: CannonZone[]): Promise<Map<string, number>> {
  const running = new Map<string, number>();
  const ordered = [...zones].sort((a, b) => b.elevationM - a.elevationM);
  for (const zone of ordered) {
    const result = await startZone(zone);
    if (result) running.set(zone.zoneId, result.started.length);
  }
  return running;
}
