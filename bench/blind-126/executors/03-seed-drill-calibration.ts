// expect: no-multiple-settle
// On success only the deadline is cleared, not the sampling interval, so the sensor keeps being polled and every later stable window resolves the promise again.
export interface MeteringSensor {
  readonly meterId: string;
  readGramsPerRev(cb: (err: Error | null, grams?: number) => void): void;
}

export interface CalibrationTarget {
  seedsPerHectare: number;
  thousandSeedWeightG: number;
  rowSpacingCm: number;
  wheelCircumferenceM: number;
}

export interface SamplingOptions {
  intervalMs: number;
  windowSize: number;
  toleranceG: number;
  timeoutMs: number;
}

const DEFAULT_SAMPLING: SamplingOptions = { intervalMs: 250, windowSize: 8, toleranceG: 0.4, timeoutMs: 20_000 };

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}

export function targetGramsPerRev(target: CalibrationTarget): number {
  const rowWidthM = target.rowSpacingCm / 100;
  const areaPerRevM2 = rowWidthM * target.wheelCircumferenceM;
  const seedsPerRev = (target.seedsPerHectare / 10_000) * areaPerRevM2;
  return (seedsPerRev * target.thousandSeedWeightG) / 1000;
}

export function measureStableRate(sensor: MeteringSensor, options: Partial<SamplingOptions> = {}): Promise<number> {
  const opts = { ...DEFAULT_SAMPLING, ...options };
  return new Promise((resolve, reject) => {
    const window: number[] = [];

    const sampler = setInterval(() => {
      sensor.readGramsPerRev((err, grams) => {
        if (err || grams === undefined) {
          clearInterval(sampler);
          clearTimeout(deadline);
          reject(err ?? new Error(`meter ${sensor.meterId} returned no reading`));
          return;
        }
        window.push(grams);
        if (window.length > opts.windowSize) window.shift();
        if (window.length === opts.windowSize && spread(window) <= opts.toleranceG) {
          clearTimeout(deadline);
          resolve(mean(window));
        }
      });
    }, opts.intervalMs);

    const deadline = setTimeout(() => {
      clearInterval(sampler);
      reject(new Error(`meter ${sensor.meterId} did not stabilise within ${opts.timeoutMs} ms`));
    }, opts.timeoutMs);
  });
}

export async function calibrationFactor(sensor: MeteringSensor, target: CalibrationTarget): Promise<number> {
  const measured = await measureStableRate(sensor);
  const wanted = targetGramsPerRev(target);
  if (measured <= 0) throw new Error(`meter ${sensor.meterId} reported a non-positive rate`);
  return Math.round((wanted / measured) * 1000) / 1000;
}
