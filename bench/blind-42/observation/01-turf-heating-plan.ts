// expect: no-unobserved-promise
// The forecast request is started first but awaited only after the zone reads, so a rejection during (or a throw from) those awaits goes unobserved.
export interface TurfZone {
  zoneId: string;
  label: string;
  pipeLoopM: number;
  shaded: boolean;
}

export interface HourlyForecast {
  hour: string;
  airTempC: number;
  windMs: number;
  frostRisk: boolean;
}

export interface ZonePlan {
  zoneId: string;
  supplyTempC: number;
  startHour: string | null;
  estimatedKwh: number;
}

export interface HeatingPlan {
  stadiumId: string;
  matchDay: string;
  zones: ZonePlan[];
  totalKwh: number;
}

declare const weather: {
  hourlyForecast(stadiumId: string, hours: number): Promise<HourlyForecast[]>;
};

declare const turf: {
  listZones(stadiumId: string): Promise<TurfZone[]>;
  readSoilTemp(zoneId: string): Promise<number>;
};

const TARGET_ROOTZONE_C = 8;
const KWH_PER_METRE_DEGREE = 0.042;

function firstFrostHour(forecast: HourlyForecast[]): string | null {
  return forecast.find((h) => h.frostRisk || h.airTempC < 1)?.hour ?? null;
}

function supplyTemp(soilC: number, coldestAirC: number, shaded: boolean): number {
  const deficit = Math.max(0, TARGET_ROOTZONE_C - soilC);
  const windChill = coldestAirC < -3 ? 6 : coldestAirC < 0 ? 3 : 0;
  return Math.min(45, 20 + deficit * 2.5 + windChill + (shaded ? 4 : 0));
}

export async function planOvernightHeating(stadiumId: string, matchDay: string): Promise<HeatingPlan> {
  const forecastRequest = weather.hourlyForecast(stadiumId, 14);

  const zones = await turf.listZones(stadiumId);
  if (zones.length === 0) {
    throw new Error(`stadium ${stadiumId} has no heated zones configured`);
  }
  const soilTemps = await Promise.all(zones.map((z) => turf.readSoilTemp(z.zoneId)));

  const forecast = await forecastRequest;
  const coldest = Math.min(...forecast.map((h) => h.airTempC));
  const frostHour = firstFrostHour(forecast);

  const plans: ZonePlan[] = zones.map((zone, i) => {
    const soil = soilTemps[i];
    const needsHeat = soil < TARGET_ROOTZONE_C || frostHour !== null;
    const supply = needsHeat ? supplyTemp(soil, coldest, zone.shaded) : 0;
    const hours = needsHeat ? forecast.length : 0;
    return {
      zoneId: zone.zoneId,
      supplyTempC: supply,
      startHour: needsHeat ? (frostHour ?? forecast[0]?.hour ?? null) : null,
      estimatedKwh: Math.round(zone.pipeLoopM * Math.max(0, supply - soil) * KWH_PER_METRE_DEGREE * hours),
    };
  });

  return {
    stadiumId,
    matchDay,
    zones: plans,
    totalKwh: plans.reduce((sum, p) => sum + p.estimatedKwh, 0),
  };
}
