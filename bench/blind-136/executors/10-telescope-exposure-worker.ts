// expect: none
// The proposal is loaded before the executor, and the worker's message, error and exit handlers share one cleanup so the promise settles exactly once.
import { Worker } from 'node:worker_threads';

export interface Proposal {
  id: string;
  targetMagnitude: number;
  filter: 'U' | 'B' | 'V' | 'R' | 'I';
  snrGoal: number;
}

export interface ExposurePlan {
  proposalId: string;
  exposures: number;
  secondsEach: number;
  totalHours: number;
}

export interface ProposalStore {
  getProposal(id: string): Promise<Proposal | null>;
  savePlan(plan: ExposurePlan): Promise<void>;
}

export class ExposurePlanner {
  constructor(
    private readonly store: ProposalStore,
    private readonly calcScript: string,
  ) {}

  async plan(proposalId: string, skyBrightness: number): Promise<ExposurePlan> {
    const proposal = await this.store.getProposal(proposalId);
    if (!proposal) throw new Error(`proposal ${proposalId} not found`);

    const plan = await new Promise<ExposurePlan>((resolve, reject) => {
      const worker = new Worker(this.calcScript, {
        workerData: { proposal, skyBrightness },
      });

      const cleanup = (): void => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (msg: ExposurePlan): void => {
        cleanup();
        resolve(msg);
      };
      const onError = (err: Error): void => {
        cleanup();
        reject(err);
      };
      const onExit = (code: number): void => {
        cleanup();
        reject(new Error(`exposure calculator exited with code ${code} before answering`));
      };

      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });

    if (plan.totalHours <= 0 || plan.exposures <= 0) {
      throw new Error(`calculator produced an empty plan for ${proposalId}`);
    }
    await this.store.savePlan(plan);
    return plan;
  }

  static fitsInNight(plans: ExposurePlan[], darkHours: number): ExposurePlan[] {
    const sorted = [...plans].sort((a, b) => a.totalHours - b.totalHours);
    const chosen: ExposurePlan[] = [];
    let used = 0;
    for (const p of sorted) {
      if (used + p.totalHours > darkHours) break;
      chosen.push(p);
      used += p.totalHours;
    }
    return chosen;
  }
}
