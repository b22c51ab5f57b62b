// expect: none
// The polling loop calls this.rig.status(jobId) afresh on every iteration and the retry wrapper takes a factory, so each poll and each retry awaits a new request rather than re-awaiting one that has already settled.
import { setTimeout as sleep } from 'node:timers/promises';

export type BrakeTestState = 'queued' | 'running' | 'passed' | 'failed';

export interface BrakeTestStatus {
  jobId: string;
  state: BrakeTestState;
  stoppingDistanceM?: number;
  detail?: string;
}

export interface BrakeRig {
  start(liftId: string, load: 'empty' | 'full'): Promise<{ jobId: string }>;
  status(jobId: string): Promise<BrakeTestStatus>;
}

export class TransientRigError extends Error {}

async function retrying<T>(make: () => Promise<T>, attempts: number): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await make();
    } catch (err) {
      if (!(err instanceof TransientRigError) || i >= attempts) throw err;
      await sleep(500 * i);
    }
  }
}

export class BrakeTestPoller {
  constructor(
    private readonly rig: BrakeRig,
    private readonly intervalMs = 2_000,
    private readonly maxWaitMs = 10 * 60_000,
  ) {}

  async runTest(liftId: string, load: 'empty' | 'full'): Promise<BrakeTestStatus> {
    const { jobId } = await retrying(() => this.rig.start(liftId, load), 3);
    const deadline = Date.now() + this.maxWaitMs;

    while (Date.now() < deadline) {
      const status = await retrying(() => this.rig.status(jobId), 5);
      if (status.state === 'passed' || status.state === 'failed') return status;
      await sleep(this.intervalMs);
    }
    throw new Error(`brake test ${jobId} on ${liftId} (${load}) did not finish in ${this.maxWaitMs / 60_000} min`);
  }

  async seasonalCertification(liftId: string): Promise<{ certified: boolean; report: string[] }> {
    const report: string[] = [];
    let certified = true;
    for (const load of ['empty', 'full'] as const) {
      const result = await this.runTest(liftId, load);
      const dist = result.stoppingDistanceM?.toFixed(2) ?? 'n/a';
      report.push(`${load}: ${result.state} (stopping distance ${dist} m)${result.detail ? ` - ${result.detail}` : ''}`);
      if (result.state !== 'passed') certified = false;
    }
    return { certified, report };
  }
}
