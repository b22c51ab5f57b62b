// expect: no-reused-settled-promise
// The job status is requested once before the loop and the same settled promise is awaited on every iteration, so a job that was still PROGRESSING at the first read is seen as PROGRESSING forever and every non-instant transcode ends in the 20-minute timeout.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Rendition {
  preset: '1080p' | '720p' | '480p';
  uri: string;
  bitrateKbps: number;
}

interface TranscodeJob {
  id: string;
  state: 'SUBMITTED' | 'PROGRESSING' | 'COMPLETE' | 'ERROR';
  progressPercent: number;
  errorMessage?: string;
  outputs: Rendition[];
}

declare const transcoder: {
  getJob(id: string, opts: { signal?: AbortSignal }): Promise<TranscodeJob>;
};

export interface WaitOptions {
  signal: AbortSignal;
  timeoutMs?: number;
  onProgress?: (percent: number) => void;
}

export async function waitForTranscode(jobId: string, opts: WaitOptions): Promise<Rendition[]> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20 * 60_000);
  const snapshot = transcoder.getJob(jobId, { signal: opts.signal });
  let interval = 2_000;
  let lastPercent = -1;

  while (Date.now() < deadline) {
    const job = await snapshot;
    switch (job.state) {
      case 'COMPLETE':
        return job.outputs;
      case 'ERROR':
        throw new Error(`transcode ${jobId} failed: ${job.errorMessage ?? 'unknown error'}`);
      default:
        if (job.progressPercent !== lastPercent) {
          lastPercent = job.progressPercent;
          opts.onProgress?.(job.progressPercent);
        }
    }
    await sleep(interval, undefined, { signal: opts.signal });
    interval = Math.min(interval * 1.5, 15_000);
  }
  throw new Error(`transcode ${jobId} did not finish in time (last progress ${lastPercent}%)`);
}
