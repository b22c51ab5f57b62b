// expect: no-multiple-settle
// The executor is async and awaits the calibration lookup before wiring resolve/reject, so a rejected lookup leaves the returned promise pending forever.
export interface UpliftSample {
  mastId: string;
  forceN: number;
  heightMm: number;
  at: number;
}

export interface UpliftTrace {
  lineId: string;
  samples: number;
  meanForceN: number;
  peakForceN: number;
  arcingRisk: boolean;
}

interface Subscription {
  close(): void;
}

declare const pantographSensor: {
  subscribe(
    lineId: string,
    onSample: (sample: UpliftSample) => void,
    onError: (err: Error) => void,
  ): Subscription;
};

declare const calibrationRegistry: {
  calibrationFor(lineId: string): Promise<{ offsetN: number; gain: number }>;
};

declare const alerts: {
  raise(lineId: string, message: string): Promise<void>;
};

const SAMPLES_PER_MAST = 40;
const MIN_CONTACT_FORCE_N = 40;
const MAX_CONTACT_FORCE_N = 220;

function summarize(lineId: string, forces: number[]): UpliftTrace {
  const total = forces.reduce((a, b) => a + b, 0);
  const peak = Math.max(...forces);
  const lowContact = forces.filter((f) => f < MIN_CONTACT_FORCE_N).length;
  return {
    lineId,
    samples: forces.length,
    meanForceN: total / forces.length,
    peakForceN: peak,
    arcingRisk: lowContact / forces.length > 0.05,
  };
}

export function captureUplift(lineId: string, masts: number): Promise<UpliftTrace> {
  return new Promise<UpliftTrace>(async (resolve, reject) => {
    const calibration = await calibrationRegistry.calibrationFor(lineId);
    const forces: number[] = [];
    const wanted = masts * SAMPLES_PER_MAST;

    const sub = pantographSensor.subscribe(
      lineId,
      (sample) => {
        if (forces.length >= wanted) return;
        forces.push((sample.forceN - calibration.offsetN) * calibration.gain);
        if (forces.length === wanted) {
          sub.close();
          resolve(summarize(lineId, forces));
        }
      },
      (err) => {
        sub.close();
        reject(err);
      },
    );
  });
}

export async function patrolLine(lineId: string, masts: number): Promise<UpliftTrace> {
  const trace = await captureUplift(lineId, masts);
  if (trace.peakForceN > MAX_CONTACT_FORCE_N) {
    await alerts.raise(lineId, `peak uplift force ${trace.peakForceN.toFixed(0)}N exceeds ${MAX_CONTACT_FORCE_N}N`);
  }
  if (trace.arcingRisk) {
    await alerts.raise(lineId, `contact loss on more than 5% of samples (mean ${trace.meanForceN.toFixed(0)}N)`);
  }
  return trace;
}
