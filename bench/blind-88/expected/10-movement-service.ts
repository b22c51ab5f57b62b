// expect: none
// `if (this.hooks.checkParts)` tests an optional callback for presence before calling and awaiting it, and Promise.all receives called functions; the async function is never used where its result is meant.
export interface ServiceJob {
  jobId: string;
  clock: string;
  movement: 'verge' | 'anchor' | 'deadbeat' | 'platform';
  tasks: Array<'clean' | 'rebush' | 'mainspring' | 'pivot-polish' | 'regulate'>;
}

export interface ServiceHooks {
  checkParts?: (job: ServiceJob) => Promise<string[]>;
  notifyCustomer?: (job: ServiceJob, message: string) => Promise<void>;
}

declare const bench: {
  reserve(jobId: string, hours: number): Promise<{ slot: string }>;
  ultrasonicBath(jobId: string): Promise<void>;
  photograph(jobId: string, stage: string): Promise<string>;
};

const HOURS: Record<ServiceJob['tasks'][number], number> = {
  clean: 3,
  rebush: 1.5,
  mainspring: 2,
  'pivot-polish': 1,
  regulate: 4,
};

export class MovementService {
  constructor(private readonly hooks: ServiceHooks = {}) {}

  estimateHours(job: ServiceJob): number {
    const base = job.tasks.reduce((sum, t) => sum + HOURS[t], 0);
    return job.movement === 'verge' ? base * 1.5 : base;
  }

  async begin(job: ServiceJob): Promise<{ slot: string; photo: string; missingParts: string[] }> {
    let missingParts: string[] = [];
    if (this.hooks.checkParts) {
      missingParts = await this.hooks.checkParts(job);
    }
    if (missingParts.length > 0 && this.hooks.notifyCustomer) {
      await this.hooks.notifyCustomer(job, `Waiting on parts: ${missingParts.join(', ')}`);
    }

    const [reservation, photo] = await Promise.all([
      bench.reserve(job.jobId, this.estimateHours(job)),
      bench.photograph(job.jobId, 'as-received'),
    ]);

    if (job.tasks.includes('clean')) {
      await bench.ultrasonicBath(job.jobId);
    }
    return { slot: reservation.slot, photo, missingParts };
  }
}

export async function intake(jobs: ServiceJob[], hooks?: ServiceHooks) {
  const service = new MovementService(hooks);
  const started = await Promise.all(jobs.map((job) => service.begin(job)));
  return started.map((s, i) => ({
    jobId: jobs[i].jobId,
    slot: s.slot,
    blocked: s.missingParts.length > 0,
  }));
}
