// expect: none
// The poll loop calls jobStatus() afresh on every iteration, so each pass observes the tuning job's current state rather than a stale settled promise.
import { setTimeout as sleep } from 'node:timers/promises';

export type JobState = 'queued' | 'measuring' | 'complete' | 'failed';

export interface TuningJob {
  jobId: string;
  state: JobState;
  stopsMeasured: number;
  stopsTotal: number;
  error?: string;
  resultUrl?: string;
}

export interface TuningRigApi {
  startJob(organId: string, stops: string[], temperatureC: number): Promise<{ jobId: string }>;
  jobStatus(jobId: string): Promise<TuningJob>;
}

export interface PollOptions {
  intervalMs: number;
  timeoutMs: number;
  onProgress?: (job: TuningJob) => void;
}

export class TuningJobTimeout extends Error {
  constructor(readonly jobId: string, readonly lastState: JobState) {
    super(`tuning job ${jobId} still ${lastState} after timeout`);
    this.name = 'TuningJobTimeout';
  }
}

export async function waitForTuning(api: TuningRigApi, jobId: string, opts: PollOptions): Promise<TuningJob> {
  const deadline = Date.now() + opts.timeoutMs;
  let last: TuningJob | null = null;
  while (Date.now() < deadline) {
    const job = await api.jobStatus(jobId);
    if (!last || job.stopsMeasured !== last.stopsMeasured || job.state !== last.state) {
      opts.onProgress?.(job);
    }
    last = job;
    if (job.state === 'complete') return job;
    if (job.state === 'failed') throw new Error(`tuning job ${jobId} failed: ${job.error ?? 'unknown error'}`);
    await sleep(opts.intervalMs);
  }
  throw new TuningJobTimeout(jobId, last?.state ?? 'queued');
}

export async function tuneDivision(
  api: TuningRigApi,
  organId: string,
  stops: string[],
  temperatureC: number,
): Promise<string> {
  if (temperatureC < 10 || temperatureC > 28) {
    throw new RangeError(`church at ${temperatureC}C; tune between 10C and 28C`);
  }
  const { jobId } = await api.startJob(organId, stops, temperatureC);
  const job = await waitForTuning(api, jobId, {
    intervalMs: 2000,
    timeoutMs: 30 * 60 * 1000,
    onProgress: (j) => console.log(`[${organId}] ${j.stopsMeasured}/${j.stopsTotal} stops measured`),
  });
  if (!job.resultUrl) throw new Error(`tuning job ${jobId} completed without a result`);
  return job.resultUrl;
}
