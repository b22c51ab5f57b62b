// expect: no-read-before-settle
// calibration is assigned inside a .then callback but read synchronously a few lines later, so corrections always use the fallback factor of 1.
export interface FanReading {
  fanId: string;
  rpm: number;
  pressurePa: number;
}

export interface Calibration {
  fanId: string;
  pressureFactor: number;
  rpmOffset: number;
}

export interface CorrectedReading extends FanReading {
  airflowM3s: number;
}

declare const calibrationStore: {
  load(fanId: string): Promise<Calibration>;
};

declare const ventilationHistorian: {
  write(readings: CorrectedReading[]): Promise<void>;
};

const FAN_CURVE_K = 0.0042;

function airflowFrom(rpm: number, pressurePa: number): number {
  if (rpm <= 0) return 0;
  return Math.round(FAN_CURVE_K * rpm * Math.sqrt(Math.max(pressurePa, 0)) * 100) / 100;
}

export function correctReadings(fanId: string, readings: FanReading[]): CorrectedReading[] {
  let calibration: Calibration | undefined;
  calibrationStore.load(fanId).then((c) => {
    calibration = c;
  }, () => undefined);

  const factor = calibration?.pressureFactor ?? 1;
  const offset = calibration?.rpmOffset ?? 0;
  return readings
    .filter((r) => r.fanId === fanId)
    .map((r) => {
      const rpm = r.rpm + offset;
      const pressurePa = r.pressurePa * factor;
      return { ...r, rpm, pressurePa, airflowM3s: airflowFrom(rpm, pressurePa) };
    });
}

export async function recordShift(fanIds: string[], readings: FanReading[]): Promise<number> {
  const corrected = fanIds.flatMap((id) => correctReadings(id, readings));
  await ventilationHistorian.write(corrected);
  return corrected.length;
}

export function lowFlowFans(corrected: CorrectedReading[], minimumM3s: number): string[] {
  const byFan = new Map<string, number[]>();
  for (const r of corrected) {
    const list = byFan.get(r.fanId) ?? [];
    list.push(r.airflowM3s);
    byFan.set(r.fanId, list);
  }
  const low: string[] = [];
  for (const [fanId, flows] of byFan) {
    const mean = flows.reduce((a, b) => a + b, 0) / flows.length;
    if (mean < minimumM3s) low.push(fanId);
  }
  return low.sort();
}
