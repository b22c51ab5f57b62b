// expect: no-swallowed-abort
// boilBatch wraps every failure, including the AbortError from a shutdown, in a KettleFailure, so the shift runner's abort check never matches and it pages maintenance.
import { setTimeout as delay } from 'node:timers/promises';

export interface KettleJob {
  jobId: string;
  kettle: 'A' | 'B' | 'C';
  dozen: number;
  secondsPerSide: number;
  lyeBath: boolean;
}

export interface KettleReading {
  kettle: KettleJob['kettle'];
  waterTempC: number;
  rolling: boolean;
}

export class KettleFailure extends Error {
  constructor(
    readonly job: KettleJob,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'KettleFailure';
  }
}

declare const kettleApi: {
  base: string;
};

declare const maintenance: {
  page(kettle: string, reason: string): Promise<void>;
};

const ROLLING_BOIL_C = 99;

async function reading(kettle: KettleJob['kettle'], signal: AbortSignal): Promise<KettleReading> {
  const res = await fetch(`${kettleApi.base}/kettles/${kettle}`, { signal });
  if (!res.ok) throw new Error(`kettle ${kettle} status ${res.status}`);
  return (await res.json()) as KettleReading;
}

async function boilBatch(job: KettleJob, signal: AbortSignal): Promise<void> {
  try {
    let r = await reading(job.kettle, signal);
    while (!r.rolling || r.waterTempC < ROLLING_BOIL_C) {
      await delay(2_000, undefined, { signal });
      r = await reading(job.kettle, signal);
    }
    const res = await fetch(`${kettleApi.base}/kettles/${job.kettle}/drop`, {
      method: 'POST',
      body: JSON.stringify({ dozen: job.dozen, secondsPerSide: job.secondsPerSide, lye: job.lyeBath }),
      headers: { 'content-type': 'application/json' },
      signal,
    });
    if (!res.ok) throw new Error(`drop rejected with ${res.status}`);
    await delay(job.secondsPerSide * 2 * 1_000, undefined, { signal });
  } catch (err) {
    throw new KettleFailure(job, `batch ${job.jobId} failed on kettle ${job.kettle}`, { cause: err });
  }
}

export async function runShift(jobs: KettleJob[], signal: AbortSignal): Promise<{ done: number; failed: number }> {
  let done = 0;
  let failed = 0;
  for (const job of jobs) {
    try {
      await boilBatch(job, signal);
      done++;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      failed++;
      if (err instanceof KettleFailure) {
        await maintenance.page(err.job.kettle, err.message);
      }
    }
  }
  return { done, failed };
}
