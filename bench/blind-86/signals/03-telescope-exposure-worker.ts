// expect: no-swallowed-abort
// autofocus() catches everything from the focus sweep, including the AbortError raised when the dome is closed, and returns the old focus as if the sweep had merely failed.
export interface ExposureJob {
  jobId: string;
  proposalId: string;
  target: string;
  filter: 'u' | 'g' | 'r' | 'i' | 'z';
  seconds: number;
}

export interface FrameResult {
  jobId: string;
  frameUri: string;
  fwhmArcsec: number;
}

declare const focuser: {
  position(): number;
  sweep(filter: ExposureJob['filter'], opts: { signal: AbortSignal; steps: number }): Promise<{ best: number; fwhm: number }>;
  moveTo(position: number, opts: { signal: AbortSignal }): Promise<void>;
};
declare const camera: {
  expose(job: ExposureJob, opts: { signal: AbortSignal }): Promise<FrameResult>;
};
declare const queue: {
  /** Long-polls for up to 10 s; resolves null when the queue is empty or the signal fires. */
  next(signal: AbortSignal): Promise<ExposureJob | null>;
  complete(jobId: string, frame: FrameResult): Promise<void>;
  requeue(jobId: string): Promise<void>;
  fail(jobId: string, reason: string): Promise<void>;
};

async function autofocus(filter: ExposureJob['filter'], signal: AbortSignal): Promise<number> {
  const current = focuser.position();
  try {
    const { best, fwhm } = await focuser.sweep(filter, { signal, steps: 9 });
    if (fwhm > 3.5) {
      console.warn(`[tac] focus sweep in ${filter} only reached ${fwhm}"; keeping ${current}`);
      return current;
    }
    await focuser.moveTo(best, { signal });
    return best;
  } catch (err) {
    console.warn(`[tac] autofocus in ${filter} failed, keeping ${current}: ${(err as Error).message}`);
    return current;
  }
}

export class ExposureWorker {
  #controller = new AbortController();
  #loop: Promise<void> | null = null;
  #lastFilter: ExposureJob['filter'] | null = null;

  start(): void {
    this.#loop ??= this.#run();
  }

  async closeDome(): Promise<void> {
    this.#controller.abort(new DOMException('dome closing', 'AbortError'));
    await this.#loop;
  }

  async #run(): Promise<void> {
    const signal = this.#controller.signal;
    while (!signal.aborted) {
      const job = await queue.next(signal);
      if (!job) continue;
      try {
        if (job.filter !== this.#lastFilter) {
          await autofocus(job.filter, signal);
          this.#lastFilter = job.filter;
        }
        const frame = await camera.expose(job, { signal });
        await queue.complete(job.jobId, frame);
      } catch (err) {
        if (signal.aborted) {
          await queue.requeue(job.jobId);
          break;
        }
        await queue.fail(job.jobId, (err as Error).message);
      }
    }
  }
}
