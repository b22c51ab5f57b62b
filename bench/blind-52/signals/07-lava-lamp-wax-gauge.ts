// expect: none
// The race's losers are cleaned up in finally: the timer is cleared and an AbortController cancels the measurement request.
export interface WaxSample {
  lineId: string;
  viscosityCp: number;
  densityGcm3: number;
  tempC: number;
}

declare const waxGauge: {
  measure(lineId: string, options: { signal: AbortSignal }): Promise<WaxSample>;
};

declare const lineControl: {
  adjustHeater(lineId: string, deltaC: number): Promise<void>;
  holdLine(lineId: string, reason: string): Promise<void>;
};

const TARGET_DENSITY = 1.012;
const DENSITY_TOLERANCE = 0.006;

export class GaugeTimeoutError extends Error {
  constructor(readonly lineId: string, readonly ms: number) {
    super(`wax gauge on ${lineId} did not answer within ${ms} ms`);
    this.name = 'GaugeTimeoutError';
  }
}

export async function measureWithDeadline(lineId: string, ms: number): Promise<WaxSample> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new GaugeTimeoutError(lineId, ms)), ms);
  });
  try {
    return await Promise.race([waxGauge.measure(lineId, { signal: controller.signal }), deadline]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

function densityCorrection(sample: WaxSample): number {
  const error = sample.densityGcm3 - TARGET_DENSITY;
  if (Math.abs(error) <= DENSITY_TOLERANCE) {
    return 0;
  }
  return Math.max(-3, Math.min(3, error * 400));
}

export async function tuneLine(lineId: string, rounds = 4): Promise<WaxSample[]> {
  const samples: WaxSample[] = [];
  for (let round = 0; round < rounds; round++) {
    let sample: WaxSample;
    try {
      sample = await measureWithDeadline(lineId, 2_500);
    } catch (err) {
      if (err instanceof GaugeTimeoutError) {
        await lineControl.holdLine(lineId, err.message);
      }
      throw err;
    }
    samples.push(sample);
    const delta = densityCorrection(sample);
    if (delta === 0) {
      break;
    }
    await lineControl.adjustHeater(lineId, delta);
  }
  return samples;
}

export function meanViscosity(samples: readonly WaxSample[]): number {
  if (samples.length === 0) {
    return Number.NaN;
  }
  return samples.reduce((sum, s) => sum + s.viscosityCp, 0) / samples.length;
}
