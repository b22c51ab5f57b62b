// expect: no-unchecked-settled-results
// snapshotSuites casts every Promise.allSettled result to fulfilled and reads .value, so one failed gateway yields an undefined reading that crashes the round.
export interface SuiteSensor {
  suiteId: string;
  gatewayUrl: string;
  wallThicknessCm: number;
}

export interface ClimateReading {
  suiteId: string;
  airTempC: number;
  wallSurfaceTempC: number;
  co2Ppm: number;
  at: number;
}

export interface SuiteAlert {
  suiteId: string;
  level: 'info' | 'warn' | 'evacuate';
  message: string;
}

declare const gateways: {
  read(url: string): Promise<Omit<ClimateReading, 'suiteId'>>;
};
declare const frontDesk: {
  page(alerts: SuiteAlert[]): Promise<void>;
};

const MAX_AIR_C = -1; // above this the inner dome starts to glaze
const MAX_CO2_PPM = 1_400;
const EVACUATE_CO2_PPM = 2_500;

async function readSuite(sensor: SuiteSensor): Promise<ClimateReading> {
  const raw = await gateways.read(sensor.gatewayUrl);
  return { suiteId: sensor.suiteId, ...raw };
}

export async function snapshotSuites(sensors: SuiteSensor[]): Promise<ClimateReading[]> {
  const results = await Promise.allSettled(sensors.map(readSuite));
  return results
    .map((r) => (r as PromiseFulfilledResult<ClimateReading>).value)
    .sort((a, b) => a.suiteId.localeCompare(b.suiteId));
}

export function assess(reading: ClimateReading, sensor: SuiteSensor): SuiteAlert[] {
  const alerts: SuiteAlert[] = [];
  if (reading.co2Ppm >= EVACUATE_CO2_PPM) {
    alerts.push({
      suiteId: reading.suiteId,
      level: 'evacuate',
      message: `CO2 ${reading.co2Ppm}ppm: ventilation shaft may be iced over`,
    });
  } else if (reading.co2Ppm >= MAX_CO2_PPM) {
    alerts.push({ suiteId: reading.suiteId, level: 'warn', message: `CO2 ${reading.co2Ppm}ppm` });
  }
  if (reading.airTempC > MAX_AIR_C) {
    const melt = reading.wallSurfaceTempC > -0.5 && sensor.wallThicknessCm < 45;
    alerts.push({
      suiteId: reading.suiteId,
      level: melt ? 'warn' : 'info',
      message: `air ${reading.airTempC.toFixed(1)}C, wall ${reading.wallSurfaceTempC.toFixed(1)}C`,
    });
  }
  return alerts;
}

export async function nightRound(sensors: SuiteSensor[]): Promise<SuiteAlert[]> {
  const bySuite = new Map(sensors.map((s) => [s.suiteId, s]));
  const readings = await snapshotSuites(sensors);
  const alerts = readings.flatMap((r) => assess(r, bySuite.get(r.suiteId)!));
  if (alerts.length > 0) {
    await frontDesk.page(alerts);
  }
  return alerts;
}
