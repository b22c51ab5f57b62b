// expect: no-read-before-settle
// outsideC is assigned in the station's 'reading' listener but read right after subscribe(), so the flow temperature always uses the design default.
import type { EventEmitter } from 'node:events';

export interface GlasshouseZone {
  id: string;
  stationId: string;
  targetAirC: number;
  pipeRuns: number;
  screenClosed: boolean;
}

interface WeatherReading {
  stationId: string;
  outsideC: number;
  windMs: number;
  solarWm2: number;
}

interface WeatherStation extends EventEmitter {
  subscribe(stationId: string): void;
  unsubscribe(stationId: string): void;
}

interface CommissionResult {
  zoneId: string;
  flowC: number;
  returnTargetC: number;
}

declare const station: WeatherStation;
declare const boiler: {
  setFlowTemperature(zoneId: string, celsius: number): Promise<void>;
  setReturnTarget(zoneId: string, celsius: number): Promise<void>;
};

const DESIGN_OUTSIDE_C = -5;
const MAX_FLOW_C = 85;
const MIN_FLOW_C = 30;

function flowTemperature(zone: GlasshouseZone, outsideC: number, windMs: number): number {
  // Linear heating curve, steeper for zones with fewer pipe runs.
  const slope = 2.4 / Math.max(1, zone.pipeRuns / 4);
  const windChill = windMs > 6 ? (windMs - 6) * 0.8 : 0;
  const screenCredit = zone.screenClosed ? 4 : 0;
  const flow = zone.targetAirC + slope * (zone.targetAirC - outsideC) + windChill - screenCredit;
  return Math.round(Math.min(MAX_FLOW_C, Math.max(MIN_FLOW_C, flow)));
}

export async function commissionZone(zone: GlasshouseZone): Promise<CommissionResult> {
  let outsideC: number | undefined;
  let windMs = 0;

  const onReading = (reading: WeatherReading) => {
    if (reading.stationId !== zone.stationId) return;
    outsideC = reading.outsideC;
    windMs = reading.windMs;
  };

  station.on('reading', onReading);
  station.subscribe(zone.stationId);
  try {
    const flowC = flowTemperature(zone, outsideC ?? DESIGN_OUTSIDE_C, windMs);
    const returnTargetC = flowC - 15;

    await boiler.setFlowTemperature(zone.id, flowC);
    await boiler.setReturnTarget(zone.id, returnTargetC);
    return { zoneId: zone.id, flowC, returnTargetC };
  } finally {
    station.off('reading', onReading);
    station.unsubscribe(zone.stationId);
  }
}

export async function commissionHouse(zones: GlasshouseZone[]): Promise<CommissionResult[]> {
  const results: CommissionResult[] = [];
  for (const zone of zones) {
    results.push(await commissionZone(zone));
  }
  return results;
}
