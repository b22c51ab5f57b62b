// expect: no-unobserved-promise
// The wind forecast request starts before the mast checks; on the occupied or slack-cable early returns it is left behind with no handler.
export interface Airship {
  callSign: string;
  lengthM: number;
  maxCrosswindKt: number;
}

export interface MastStatus {
  mastId: string;
  occupiedBy: string | null;
  cableTensionKn: number;
  headingDeg: number;
}

export interface WindForecast {
  hours: { at: string; speedKt: number; directionDeg: number; gustKt: number }[];
}

export type MooringDecision =
  | { kind: 'approved'; mastId: string; approachHeadingDeg: number; windowStart: string }
  | { kind: 'deferred'; mastId: string; reason: string };

declare const weatherService: {
  fetchWindForecast(mastId: string, hours: number): Promise<WindForecast>;
};

declare const mastRegistry: {
  status(mastId: string): Promise<MastStatus>;
};

declare const towerLog: {
  info(message: string, fields?: Record<string, unknown>): void;
};

const MIN_CABLE_TENSION_KN = 35;

function crosswindKt(speedKt: number, windDirDeg: number, headingDeg: number): number {
  const angle = ((windDirDeg - headingDeg) * Math.PI) / 180;
  return Math.abs(speedKt * Math.sin(angle));
}

function bestHeading(mast: MastStatus, wind: { directionDeg: number }): number {
  const intoWind = (wind.directionDeg + 180) % 360;
  return Number.isFinite(intoWind) ? intoWind : mast.headingDeg;
}

export async function planMooring(mastId: string, airship: Airship): Promise<MooringDecision> {
  const forecastRequest = weatherService.fetchWindForecast(mastId, 6);
  const mast = await mastRegistry.status(mastId);

  if (mast.occupiedBy) {
    return { kind: 'deferred', mastId, reason: `mast occupied by ${mast.occupiedBy}` };
  }
  if (mast.cableTensionKn < MIN_CABLE_TENSION_KN) {
    return { kind: 'deferred', mastId, reason: `cable tension ${mast.cableTensionKn}kN below minimum` };
  }

  const forecast = await forecastRequest;
  for (const hour of forecast.hours) {
    const heading = bestHeading(mast, hour);
    const gustCrosswind = crosswindKt(hour.gustKt, hour.directionDeg, heading);
    if (gustCrosswind <= airship.maxCrosswindKt && hour.speedKt < 30) {
      towerLog.info('mooring window found', { mastId, airship: airship.callSign, at: hour.at });
      return { kind: 'approved', mastId, approachHeadingDeg: heading, windowStart: hour.at };
    }
  }
  return { kind: 'deferred', mastId, reason: 'no hour in the next six with acceptable crosswind' };
}

export async function planAcrossMasts(mastIds: string[], airship: Airship): Promise<MooringDecision> {
  let last: MooringDecision | undefined;
  for (const mastId of mastIds) {
    last = await planMooring(mastId, airship);
    if (last.kind === 'approved') return last;
  }
  return last ?? { kind: 'deferred', mastId: '-', reason: 'no masts offered' };
}
