// expect: no-multiple-settle
// The async executor awaits the gap sensor calibration before wiring any listener; if that await rejects the returned promise never settles.
import { EventEmitter } from "node:events";

export interface StoneGap {
  millId: string;
  gapMm: number;
  measuredAt: number;
}

export interface DressingJob {
  millId: string;
  furrows: number;
  targetGapMm: number;
}

interface GapSensor extends EventEmitter {
  calibrate(): Promise<{ offsetMm: number }>;
  startSampling(hz: number): void;
  stopSampling(): void;
}

declare function sensorFor(millId: string): GapSensor;
declare const sailBrake: {
  engage(millId: string): Promise<void>;
  release(millId: string): Promise<void>;
};
declare const maintenanceLog: {
  append(entry: { millId: string; action: string; detail: string }): Promise<void>;
};

const SAMPLE_HZ = 20;

export function waitForGap(millId: string, targetMm: number, toleranceMm = 0.05): Promise<StoneGap> {
  const sensor = sensorFor(millId);
  return new Promise<StoneGap>(async (resolve, reject) => {
    const { offsetMm } = await sensor.calibrate();

    const onReading = (rawMm: number) => {
      const gapMm = rawMm - offsetMm;
      if (Math.abs(gapMm - targetMm) <= toleranceMm) {
        finish();
        resolve({ millId, gapMm, measuredAt: Date.now() });
      }
    };
    const onFault = (err: Error) => {
      finish();
      reject(err);
    };
    const finish = () => {
      sensor.stopSampling();
      sensor.off("reading", onReading);
      sensor.off("fault", onFault);
    };

    sensor.on("reading", onReading);
    sensor.on("fault", onFault);
    sensor.startSampling(SAMPLE_HZ);
  });
}

export async function dressStones(job: DressingJob): Promise<StoneGap> {
  await sailBrake.engage(job.millId);
  try {
    await maintenanceLog.append({
      millId: job.millId,
      action: "dress-start",
      detail: `${job.furrows} furrows, target gap ${job.targetGapMm}mm`,
    });
    const gap = await waitForGap(job.millId, job.targetGapMm);
    await maintenanceLog.append({
      millId: job.millId,
      action: "dress-done",
      detail: `settled at ${gap.gapMm.toFixed(3)}mm`,
    });
    return gap;
  } finally {
    await sailBrake.release(job.millId);
  }
}
