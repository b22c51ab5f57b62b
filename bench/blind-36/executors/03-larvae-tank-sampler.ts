// expect: no-multiple-settle
// The readTank callback rejects on error but falls through to resolve() as well, because the error branch is missing a return.
export interface RawLarvaeReading {
  tank: string;
  countPerMl: number;
  veligerPct: number;
  pediveligerPct: number;
  waterTempC: number;
}

export interface LarvaeSample {
  tankId: string;
  density: number;
  stage: 'veliger' | 'pediveliger' | 'mixed' | 'unknown';
  tempC: number | null;
  takenAt: Date;
}

type ReadCallback = (err: Error | null, reading?: RawLarvaeReading) => void;

declare const samplerProbe: {
  readTank(tankId: string, options: { depthCm: number; volumeMl: number }, cb: ReadCallback): void;
  calibrate(cb: (err: Error | null) => void): void;
};

declare const hatcheryLog: {
  warn(message: string, meta?: Record<string, unknown>): void;
};

export class SamplerError extends Error {
  constructor(readonly tankId: string, cause: Error) {
    super(`sampling tank ${tankId} failed: ${cause.message}`, { cause });
    this.name = 'SamplerError';
  }
}

function classifyStage(reading: RawLarvaeReading | undefined): LarvaeSample['stage'] {
  if (!reading) return 'unknown';
  if (reading.pediveligerPct >= 70) return 'pediveliger';
  if (reading.veligerPct >= 70) return 'veliger';
  return 'mixed';
}

function toSample(tankId: string, reading: RawLarvaeReading | undefined): LarvaeSample {
  return {
    tankId,
    density: reading?.countPerMl ?? 0,
    stage: classifyStage(reading),
    tempC: reading ? Math.round(reading.waterTempC * 10) / 10 : null,
    takenAt: new Date(),
  };
}

export function calibrateProbe(): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    samplerProbe.calibrate((err) => (err ? reject(err) : resolve()));
  });
}

export function sampleTank(tankId: string, depthCm = 40): Promise<LarvaeSample> {
  return new Promise<LarvaeSample>((resolve, reject) => {
    samplerProbe.readTank(tankId, { depthCm, volumeMl: 50 }, (err, reading) => {
      if (err) {
        reject(new SamplerError(tankId, err));
      }
      if (reading && reading.tank !== tankId) {
        hatcheryLog.warn('probe returned reading for a different tank', {
          requested: tankId,
          received: reading.tank,
        });
      }
      resolve(toSample(tankId, reading));
    });
  });
}

export interface SettlementPlan {
  readyForSetting: string[];
  keepRearing: string[];
  failedSamples: string[];
}

export async function planSetting(tankIds: string[]): Promise<SettlementPlan> {
  await calibrateProbe();
  const plan: SettlementPlan = { readyForSetting: [], keepRearing: [], failedSamples: [] };

  for (const tankId of tankIds) {
    try {
      const sample = await sampleTank(tankId);
      if (sample.stage === 'pediveliger' && sample.density > 2) {
        plan.readyForSetting.push(tankId);
      } else {
        plan.keepRearing.push(tankId);
      }
    } catch (err) {
      if (!(err instanceof SamplerError)) throw err;
      hatcheryLog.warn(err.message);
      plan.failedSamples.push(tankId);
    }
  }
  return plan;
}
