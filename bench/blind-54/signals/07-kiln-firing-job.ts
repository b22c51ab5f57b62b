// expect: require-signal-propagation
// FiringJobHandler.run receives the runner's AbortSignal but never checks it between stages, so a cancelled firing keeps heating the kiln to the end of the schedule.
export interface FiringStage {
  label: string;
  targetC: number;
  holdMinutes: number;
}

export interface FiringJob {
  jobId: string;
  kilnId: string;
  barrelIds: string[];
  stages: FiringStage[];
}

export interface JobHandler<T> {
  readonly kind: string;
  run(payload: T, signal: AbortSignal): Promise<void>;
}

interface KilnController {
  rampTo(kilnId: string, celsius: number, ratePerMin: number): Promise<void>;
  holdFor(kilnId: string, minutes: number): Promise<number[]>;
  ventAndCool(kilnId: string): Promise<void>;
}

declare const kilns: KilnController;
declare const journal: {
  stageDone(jobId: string, label: string, samples: number[]): Promise<void>;
  firingDone(jobId: string, barrelIds: string[]): Promise<void>;
};

const RAMP_RATE_C_PER_MIN = 4;
const OVERSHOOT_LIMIT_C = 15;

function overshoot(samples: number[], targetC: number): number {
  return samples.length === 0 ? 0 : Math.max(...samples) - targetC;
}

export class FiringJobHandler implements JobHandler<FiringJob> {
  readonly kind = "kiln-firing";

  validate(job: FiringJob): void {
    if (job.barrelIds.length === 0) throw new Error(`${job.jobId}: no barrels loaded`);
    let previous = 0;
    for (const stage of job.stages) {
      if (stage.targetC < previous - 50) {
        throw new Error(`${job.jobId}: stage ${stage.label} drops more than 50C at once`);
      }
      previous = stage.targetC;
    }
  }

  async run(job: FiringJob, signal: AbortSignal): Promise<void> {
    this.validate(job);
    try {
      for (const stage of job.stages) {
        await kilns.rampTo(job.kilnId, stage.targetC, RAMP_RATE_C_PER_MIN);
        const samples = await kilns.holdFor(job.kilnId, stage.holdMinutes);
        await journal.stageDone(job.jobId, stage.label, samples);
        if (overshoot(samples, stage.targetC) > OVERSHOOT_LIMIT_C) {
          throw new Error(`${job.jobId}: ${stage.label} overshot by ${overshoot(samples, stage.targetC).toFixed(1)}C`);
        }
      }
      await journal.firingDone(job.jobId, job.barrelIds);
    } finally {
      await kilns.ventAndCool(job.kilnId);
    }
  }
}

export function totalFiringMinutes(job: FiringJob, startC = 20): number {
  let current = startC;
  let minutes = 0;
  for (const stage of job.stages) {
    minutes += Math.abs(stage.targetC - current) / RAMP_RATE_C_PER_MIN + stage.holdMinutes;
    current = stage.targetC;
  }
  return Math.round(minutes);
}
