// expect: no-uncalled-async-function
// Promise.all receives refreshRackCalibration itself instead of refreshRackCalibration(), so the calibration is never run or awaited.
export interface GradientSegment {
  fromKm: number;
  toKm: number;
  gradientPermille: number;
}

export interface ToothWear {
  rackSection: string;
  wearMm: number;
  measuredAt: string;
}

export interface AscentPlan {
  lineId: string;
  maxSpeedKmh: number;
  segments: Array<GradientSegment & { speedKmh: number; brakeCheck: boolean }>;
  worstRackSection: string | null;
}

declare const trackDb: {
  gradientProfile(lineId: string): Promise<GradientSegment[]>;
  toothWear(lineId: string): Promise<ToothWear[]>;
};

declare const rackSensors: {
  recalibrate(lineId: string): Promise<void>;
};

declare const dispatch: {
  publishPlan(plan: AscentPlan): Promise<void>;
};

const LINE_ID = process.env.COG_LINE_ID ?? 'pilatus-upper';

async function loadGradient(): Promise<GradientSegment[]> {
  const segments = await trackDb.gradientProfile(LINE_ID);
  return segments.sort((a, b) => a.fromKm - b.fromKm);
}

async function refreshRackCalibration(): Promise<void> {
  await rackSensors.recalibrate(LINE_ID);
}

async function loadToothWear(): Promise<ToothWear[]> {
  const wear = await trackDb.toothWear(LINE_ID);
  return wear.filter((w) => Date.now() - Date.parse(w.measuredAt) < 30 * 86_400_000);
}

function speedFor(gradientPermille: number, wornSection: boolean): number {
  // steeper track and worn teeth both bring the pinion speed down
  let speed = 12;
  if (gradientPermille > 250) speed = 9;
  if (gradientPermille > 400) speed = 7;
  if (wornSection) speed = Math.min(speed, 5);
  return speed;
}

export async function planAscent(): Promise<AscentPlan> {
  const [segments, , wear] = await Promise.all([loadGradient(), refreshRackCalibration, loadToothWear()]);

  const worn = wear.filter((w) => w.wearMm > 1.8);
  const worst = worn.reduce<ToothWear | null>((acc, w) => (!acc || w.wearMm > acc.wearMm ? w : acc), null);

  const planned = segments.map((segment) => {
    const sectionWorn = worn.some((w) => {
      const km = Number(w.rackSection.split('-')[1] ?? NaN);
      return km >= segment.fromKm && km < segment.toKm;
    });
    return {
      ...segment,
      speedKmh: speedFor(segment.gradientPermille, sectionWorn),
      brakeCheck: segment.gradientPermille > 350 || sectionWorn,
    };
  });

  const plan: AscentPlan = {
    lineId: LINE_ID,
    maxSpeedKmh: Math.max(...planned.map((s) => s.speedKmh), 0),
    segments: planned,
    worstRackSection: worst?.rackSection ?? null,
  };
  await dispatch.publishPlan(plan);
  return plan;
}
