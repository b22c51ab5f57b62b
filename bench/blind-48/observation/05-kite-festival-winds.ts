// expect: no-unchecked-settled-results
// Bug: allSettled results are cast to fulfilled and their .value spread without checking status, so an offline mast yields a reading with no wind data.
export interface Mast {
  id: string;
  field: 'north' | 'south' | 'beach';
  heightM: number;
}

export interface WindSample {
  speedMs: number;
  gustMs: number;
  directionDeg: number;
}

export type MastReading = WindSample & { mastId: string; field: Mast['field'] };

declare const anemometers: {
  read(mastId: string): Promise<WindSample>;
};

declare const festivalPa: {
  announce(message: string): Promise<void>;
};

const MAX_SAFE_GUST_MS = 13;
const MIN_LIFT_MS = 3;

function compassPoint(deg: number): string {
  const points = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'];
  return points[Math.round((((deg % 360) + 360) % 360) / 45) % 8];
}

export async function sampleMasts(masts: Mast[]): Promise<MastReading[]> {
  const results = await Promise.allSettled(masts.map((mast) => anemometers.read(mast.id)));
  return results.map((result, i) => ({
    mastId: masts[i].id,
    field: masts[i].field,
    ...(result as PromiseFulfilledResult<WindSample>).value,
  }));
}

export function fieldStatus(readings: MastReading[], field: Mast['field']): 'fly' | 'too-calm' | 'grounded' {
  const local = readings.filter((r) => r.field === field);
  if (local.some((r) => r.gustMs > MAX_SAFE_GUST_MS)) return 'grounded';
  const meanSpeed = local.reduce((sum, r) => sum + r.speedMs, 0) / Math.max(1, local.length);
  return meanSpeed < MIN_LIFT_MS ? 'too-calm' : 'fly';
}

export async function hourlyBriefing(masts: Mast[]): Promise<Record<Mast['field'], string>> {
  const readings = await sampleMasts(masts);
  const briefing = {} as Record<Mast['field'], string>;
  for (const field of ['north', 'south', 'beach'] as const) {
    const status = fieldStatus(readings, field);
    const strongest = readings
      .filter((r) => r.field === field)
      .sort((a, b) => b.gustMs - a.gustMs)[0];
    briefing[field] = strongest
      ? `${status}: gusts ${strongest.gustMs.toFixed(1)} m/s from ${compassPoint(strongest.directionDeg)}`
      : `${status}: no masts reporting`;
  }
  if (Object.values(briefing).some((line) => line.startsWith('grounded'))) {
    await festivalPa.announce('High gusts on one or more fields - please land large kites now.');
  }
  return briefing;
}
