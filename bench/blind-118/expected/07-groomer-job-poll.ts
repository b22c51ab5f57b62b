// expect: none
// Each poll iteration calls api.getJob() again, so every await sees a fresh request rather than the first, already-settled one.
import { setTimeout as sleep } from 'node:timers/promises';

export type JobState = 'queued' | 'grooming' | 'done' | 'aborted-weather' | 'breakdown';

export interface GroomingJob {
  jobId: string;
  piste: string;
  groomerId: string;
  state: JobState;
  percentComplete: number;
}

export interface FleetApi {
  getJob(jobId: string): Promise<GroomingJob>;
}

export interface PollSettings {
  intervalMs: number;
  timeoutMs: number;
  onProgress?: (job: GroomingJob) => void;
}

export class GroomingJobWatcher {
  constructor(private readonly api: FleetApi) {}

  async waitUntilFinished(jobId: string, settings: PollSettings): Promise<GroomingJob> {
    const deadline = Date.now() + settings.timeoutMs;
    let lastPercent = -1;

    while (true) {
      const job = await this.api.getJob(jobId);
      if (job.percentComplete !== lastPercent) {
        lastPercent = job.percentComplete;
        settings.onProgress?.(job);
      }

      if (job.state === 'done') return job;
      if (job.state === 'aborted-weather' || job.state === 'breakdown') {
        throw new Error(`job ${jobId} on ${job.piste} ended as ${job.state} at ${job.percentComplete}%`);
      }
      if (Date.now() + settings.intervalMs > deadline) {
        throw new Error(`job ${jobId} still ${job.state} after ${settings.timeoutMs}ms`);
      }
      await sleep(settings.intervalMs);
    }
  }

  async openPistes(jobIds: string[]): Promise<string[]> {
    const finished = await Promise.all(
      jobIds.map((id) => this.waitUntilFinished(id, { intervalMs: 15_000, timeoutMs: 3 * 60 * 60_000 })),
    );
    return finished.map((job) => job.piste);
  }
}
