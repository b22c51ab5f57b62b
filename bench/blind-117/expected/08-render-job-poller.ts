// expect: none
// The poller calls farm.jobStatus() afresh on every iteration, so each check sees the job's current state rather than the first response.
import { setTimeout as sleep } from 'node:timers/promises';

export type RenderState = 'queued' | 'rendering' | 'compositing' | 'done' | 'failed';

export interface RenderJobStatus {
  jobId: string;
  state: RenderState;
  framesDone: number;
  framesTotal: number;
  error?: string;
}

export interface RenderFarmApi {
  jobStatus(jobId: string): Promise<RenderJobStatus>;
  submit(shotId: string, frames: [number, number]): Promise<{ jobId: string }>;
}

export interface PollOptions {
  intervalMs?: number;
  timeoutMs?: number;
  onProgress?: (status: RenderJobStatus) => void;
}

export class RenderJobPoller {
  constructor(private readonly farm: RenderFarmApi) {}

  async waitForJob(jobId: string, { intervalMs = 5000, timeoutMs = 60 * 60_000, onProgress }: PollOptions = {}): Promise<RenderJobStatus> {
    const deadline = Date.now() + timeoutMs;
    let lastFrames = -1;

    for (;;) {
      const status = await this.farm.jobStatus(jobId);

      if (status.framesDone !== lastFrames) {
        lastFrames = status.framesDone;
        onProgress?.(status);
      }
      if (status.state === 'done') return status;
      if (status.state === 'failed') {
        throw new Error(`Render job ${jobId} failed: ${status.error ?? 'no reason given'}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`Render job ${jobId} still ${status.state} after ${timeoutMs} ms`);
      }
      await sleep(intervalMs);
    }
  }

  async renderShot(shotId: string, frames: [number, number], options: PollOptions = {}): Promise<RenderJobStatus> {
    const { jobId } = await this.farm.submit(shotId, frames);
    return this.waitForJob(jobId, options);
  }

  static percent(status: RenderJobStatus): number {
    if (status.framesTotal === 0) return 0;
    return Math.round((status.framesDone / status.framesTotal) * 100);
  }

  static eta(status: RenderJobStatus, startedAt: number, now = Date.now()): number | undefined {
    if (status.framesDone === 0) return undefined;
    const perFrame = (now - startedAt) / status.framesDone;
    return Math.round(perFrame * (status.framesTotal - status.framesDone));
  }
}
