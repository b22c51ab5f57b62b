// expect: no-reused-settled-promise
// waitForSectioning() calls getJob() once before the loop and re-awaits that same settled promise on every poll, so it never sees the job progress and always times out.
import { setTimeout as sleep } from 'node:timers/promises';

export type SectioningState = 'queued' | 'cutting' | 'imaging' | 'done' | 'failed';

export interface SectioningJob {
  jobId: string;
  coreId: string;
  state: SectioningState;
  slicesCut: number;
  error?: string;
}

export interface ColdRoomApi {
  submit(coreId: string, thicknessMm: number): Promise<{ jobId: string }>;
  getJob(jobId: string): Promise<SectioningJob>;
}

export interface PollOptions {
  intervalMs?: number;
  maxPolls?: number;
}

export class SectioningRunner {
  constructor(private readonly api: ColdRoomApi) {}

  async waitForSectioning(jobId: string, options: PollOptions = {}): Promise<SectioningJob> {
    const intervalMs = options.intervalMs ?? 20_000;
    const maxPolls = options.maxPolls ?? 90;
    const statusRequest = this.api.getJob(jobId);

    for (let poll = 1; poll <= maxPolls; poll++) {
      const job = await statusRequest;
      if (job.state === 'done') return job;
      if (job.state === 'failed') {
        throw new Error(`sectioning job ${jobId} failed after ${job.slicesCut} slices: ${job.error ?? 'unknown'}`);
      }
      await sleep(intervalMs);
    }
    throw new Error(`sectioning job ${jobId} did not finish within ${maxPolls} polls`);
  }

  async sectionCore(coreId: string, thicknessMm = 25): Promise<SectioningJob> {
    if (thicknessMm < 5 || thicknessMm > 100) {
      throw new Error(`slice thickness ${thicknessMm} mm is outside the bandsaw range`);
    }
    const { jobId } = await this.api.submit(coreId, thicknessMm);
    return this.waitForSectioning(jobId);
  }

  async sectionAll(coreIds: string[], thicknessMm?: number): Promise<Map<string, number>> {
    const slices = new Map<string, number>();
    for (const coreId of coreIds) {
      const job = await this.sectionCore(coreId, thicknessMm);
      slices.set(coreId, job.slicesCut);
    }
    return slices;
  }
}
