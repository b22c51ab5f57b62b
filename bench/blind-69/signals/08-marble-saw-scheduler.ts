// expect: no-swallowed-abort
// runCut wraps every failure, including the AbortError from a cancelled job, in a SawJobError, so callers that check for AbortError treat a cancellation as a broken blade.
import { EventEmitter, once } from 'node:events';

export interface CutJob {
  jobId: string;
  blockId: string;
  slabs: number;
  thicknessMm: number;
}

export interface SawController extends EventEmitter {
  load(blockId: string, options: { signal?: AbortSignal }): Promise<void>;
  cut(job: CutJob, options: { signal?: AbortSignal }): Promise<{ slabsCut: number }>;
  retract(): Promise<void>;
}

export class SawJobError extends Error {
  constructor(message: string, readonly jobId: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SawJobError';
  }
}

export interface JobOutcome {
  jobId: string;
  slabsCut: number;
  minutes: number;
}

export class SawScheduler {
  private readonly queue: CutJob[] = [];

  constructor(readonly sawId: string, private readonly saw: SawController) {}

  enqueue(job: CutJob): void {
    this.queue.push(job);
  }

  async runCut(job: CutJob, signal: AbortSignal): Promise<JobOutcome> {
    const started = Date.now();
    try {
      await this.saw.load(job.blockId, { signal });
      const coolantReady = once(this.saw, 'coolant-ready', { signal });
      this.saw.emit('coolant-request', job.blockId);
      await coolantReady;
      const { slabsCut } = await this.saw.cut(job, { signal });
      return { jobId: job.jobId, slabsCut, minutes: (Date.now() - started) / 60_000 };
    } catch (err) {
      await this.saw.retract();
      throw new SawJobError(`saw ${this.sawId} failed on job ${job.jobId}`, job.jobId, { cause: err });
    }
  }

  async drain(signal: AbortSignal): Promise<{ done: JobOutcome[]; failed: string[] }> {
    const done: JobOutcome[] = [];
    const failed: string[] = [];
    while (this.queue.length > 0) {
      signal.throwIfAborted();
      const job = this.queue.shift()!;
      try {
        done.push(await this.runCut(job, signal));
      } catch (err) {
        if (err instanceof Error && err.name === 'AbortError') throw err;
        failed.push(job.jobId);
      }
    }
    return { done, failed };
  }
}

export function slabYield(outcomes: readonly JobOutcome[], jobs: readonly CutJob[]): number {
  const planned = jobs.reduce((sum, j) => sum + j.slabs, 0);
  const cut = outcomes.reduce((sum, o) => sum + o.slabsCut, 0);
  return planned === 0 ? 0 : cut / planned;
}
