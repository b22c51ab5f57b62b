// expect: no-unobserved-promise
// assessTurbine starts the calibration fetch first but only awaits it after two other awaits, so a calibration failure in the meantime is an unhandled rejection.
export interface TurbineSample {
  turbineId: string;
  windSpeedMs: number;
  rotorRpm: number;
  powerKw: number;
  nacelleYawDeg: number;
  at: number;
}

export interface PowerCurve {
  turbineId: string;
  points: Array<{ windSpeedMs: number; expectedKw: number }>;
}

export interface Assessment {
  turbineId: string;
  samples: number;
  underperformancePct: number;
  yawMisalignmentDeg: number;
  action: "none" | "inspect" | "derate";
}

declare const scada: {
  samples(turbineId: string, fromMs: number, toMs: number): Promise<TurbineSample[]>;
  metMastDirection(parkId: string, fromMs: number, toMs: number): Promise<number>;
};

declare const engineering: {
  powerCurve(turbineId: string): Promise<PowerCurve>;
};

declare const maintenance: {
  record(assessment: Assessment): Promise<void>;
};

function expectedPower(curve: PowerCurve, windSpeedMs: number): number {
  const pts = curve.points;
  if (windSpeedMs <= pts[0].windSpeedMs) return 0;
  for (let i = 1; i < pts.length; i++) {
    if (windSpeedMs <= pts[i].windSpeedMs) {
      const a = pts[i - 1];
      const b = pts[i];
      const t = (windSpeedMs - a.windSpeedMs) / (b.windSpeedMs - a.windSpeedMs);
      return a.expectedKw + t * (b.expectedKw - a.expectedKw);
    }
  }
  return pts[pts.length - 1].expectedKw;
}

function angularDiff(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

export async function assessTurbine(parkId: string, turbineId: string, windowHours = 24): Promise<Assessment> {
  const to = Date.now();
  const from = to - windowHours * 3_600_000;

  const curveRequest = engineering.powerCurve(turbineId);
  const samples = await scada.samples(turbineId, from, to);
  const mastDirection = await scada.metMastDirection(parkId, from, to);
  const curve = await curveRequest;

  const productive = samples.filter((s) => s.windSpeedMs >= 4 && s.windSpeedMs <= 12);
  let expectedTotal = 0;
  let actualTotal = 0;
  let yawError = 0;
  for (const s of productive) {
    expectedTotal += expectedPower(curve, s.windSpeedMs);
    actualTotal += s.powerKw;
    yawError += angularDiff(s.nacelleYawDeg, mastDirection);
  }

  const underperformancePct = expectedTotal > 0 ? (1 - actualTotal / expectedTotal) * 100 : 0;
  const yawMisalignmentDeg = productive.length > 0 ? yawError / productive.length : 0;
  const action: Assessment["action"] =
    underperformancePct > 15 ? "derate" : underperformancePct > 6 || yawMisalignmentDeg > 8 ? "inspect" : "none";

  const assessment: Assessment = {
    turbineId,
    samples: productive.length,
    underperformancePct: Math.round(underperformancePct * 10) / 10,
    yawMisalignmentDeg: Math.round(yawMisalignmentDeg * 10) / 10,
    action,
  };
  await maintenance.record(assessment);
  return assessment;
}
