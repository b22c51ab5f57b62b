// expect: no-uncalled-async-function
// Bug: the 'joint' branch returns this.replaceJoint (the method) instead of calling it, so the queue acks those jobs without doing the repair.
export interface RepairJob {
  id: string;
  puppetId: string;
  kind: 'restring' | 'repaint' | 'joint' | 'costume' | 'inspect';
  notes: string;
  controlBar?: 'paddle' | 'airplane' | 'rod';
}

export interface RepairOutcome {
  jobId: string;
  hoursSpent: number;
  partsUsed: string[];
  needsFollowUp: boolean;
}

declare const benchQueue: {
  consume(topic: string, handler: (job: RepairJob) => unknown): void;
};
declare const partsStore: {
  reserve(part: string, qty: number): Promise<void>;
  release(part: string, qty: number): Promise<void>;
};
declare const workshopDb: {
  saveOutcome(outcome: RepairOutcome): Promise<void>;
  puppetRecord(puppetId: string): Promise<{ strings: number; joints: string[]; paint: 'tempera' | 'acrylic' }>;
};

export class PuppetBench {
  constructor(private readonly benchId: string) {}

  start(): void {
    benchQueue.consume(`repairs.${this.benchId}`, (job) => {
      switch (job.kind) {
        case 'restring':
          return this.restring(job);
        case 'repaint':
          return this.repaint(job);
        case 'joint':
          return this.replaceJoint;
        case 'costume':
        case 'inspect':
          return this.triage(job);
      }
    });
  }

  private async restring(job: RepairJob): Promise<RepairOutcome> {
    const record = await workshopDb.puppetRecord(job.puppetId);
    const extra = job.controlBar === 'airplane' ? 2 : 0;
    const lengths = record.strings + extra;
    await partsStore.reserve('linen-thread-18', lengths);
    return this.finish(job, 0.4 * lengths, [`linen-thread-18 x${lengths}`], false);
  }

  private async repaint(job: RepairJob): Promise<RepairOutcome> {
    const record = await workshopDb.puppetRecord(job.puppetId);
    const part = record.paint === 'tempera' ? 'egg-tempera-set' : 'acrylic-set';
    await partsStore.reserve(part, 1);
    return this.finish(job, 3.5, [part], record.paint === 'tempera');
  }

  private async replaceJoint(job: RepairJob): Promise<RepairOutcome> {
    const record = await workshopDb.puppetRecord(job.puppetId);
    const joint = record.joints.find((j) => job.notes.includes(j)) ?? record.joints[0];
    if (!joint) throw new Error(`puppet ${job.puppetId} has no recorded joints`);
    await partsStore.reserve(`dowel-${joint}`, 1);
    await partsStore.reserve('screw-eye-small', 2);
    return this.finish(job, 1.25, [`dowel-${joint}`, 'screw-eye-small x2'], false);
  }

  private async triage(job: RepairJob): Promise<RepairOutcome> {
    return this.finish(job, 0.25, [], true);
  }

  private async finish(
    job: RepairJob,
    hoursSpent: number,
    partsUsed: string[],
    needsFollowUp: boolean,
  ): Promise<RepairOutcome> {
    const outcome = { jobId: job.id, hoursSpent, partsUsed, needsFollowUp };
    await workshopDb.saveOutcome(outcome);
    return outcome;
  }
}
