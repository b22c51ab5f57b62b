// expect: no-swallowed-abort
// measureIce catches the AbortError from the cancelled scan and returns an empty-but-normal IceSurvey, so callers treat an aborted scan as a completed one.
export interface ThicknessPoint {
  x: number;
  y: number;
  thicknessMm: number;
}

export interface IceSurvey {
  rinkId: string;
  points: ThicknessPoint[];
  thinSpots: ThicknessPoint[];
  averageMm: number;
}

interface ScanOptions {
  gridSpacingM: number;
  signal: AbortSignal;
}

declare const laserRig: {
  scan(rinkId: string, spacingM: number, init: { signal: AbortSignal }): AsyncIterable<ThicknessPoint>;
};

declare const resurfaceScheduler: {
  requestShave(rinkId: string, zones: ThicknessPoint[]): Promise<void>;
  requestFlood(rinkId: string, litres: number): Promise<void>;
};

const MIN_SAFE_MM = 32;
const TARGET_MM = 38;
const RINK_AREA_M2 = 1_800;

function summarise(rinkId: string, points: ThicknessPoint[]): IceSurvey {
  const total = points.reduce((sum, p) => sum + p.thicknessMm, 0);
  return {
    rinkId,
    points,
    thinSpots: points.filter((p) => p.thicknessMm < MIN_SAFE_MM),
    averageMm: points.length > 0 ? total / points.length : 0,
  };
}

export async function measureIce(rinkId: string, { gridSpacingM, signal }: ScanOptions): Promise<IceSurvey> {
  const points: ThicknessPoint[] = [];
  try {
    for await (const point of laserRig.scan(rinkId, gridSpacingM, { signal })) {
      points.push(point);
    }
  } catch (err) {
    if (err instanceof Error && err.name === "AbortError") {
      return summarise(rinkId, []);
    }
    throw err;
  }
  return summarise(rinkId, points);
}

export async function planOvernightMaintenance(rinkId: string, signal: AbortSignal): Promise<string> {
  const survey = await measureIce(rinkId, { gridSpacingM: 2, signal });

  if (survey.thinSpots.length > 0) {
    await resurfaceScheduler.requestFlood(rinkId, survey.thinSpots.length * 40);
    return `${rinkId}: flooding ${survey.thinSpots.length} thin spots`;
  }

  const thickZones = survey.points.filter((p) => p.thicknessMm > TARGET_MM + 8);
  if (thickZones.length > 0) {
    await resurfaceScheduler.requestShave(rinkId, thickZones);
    return `${rinkId}: shaving ${thickZones.length} high zones`;
  }

  if (survey.averageMm > 0 && survey.averageMm < TARGET_MM) {
    const litres = Math.round(((TARGET_MM - survey.averageMm) / 1000) * RINK_AREA_M2 * 1000);
    await resurfaceScheduler.requestFlood(rinkId, litres);
    return `${rinkId}: flood ${litres} L to reach ${TARGET_MM} mm`;
  }

  return `${rinkId}: ice within tolerance, no overnight work`;
}
