// expect: no-floating-promises
// joints.map(async …) is a bare statement, so closeJob runs before the splice records are saved and a failed saveJoint becomes an unhandled rejection while the job is reported closed.
export interface SpliceJoint {
  jointNo: number;
  fiberCount: number;
  spliceLossDb: number[];
  armourRestored: boolean;
}

export interface RepairJob {
  jobId: string;
  cableName: string;
  shipName: string;
  faultKp: number;
  joints: SpliceJoint[];
}

export interface RepairStore {
  saveJoint(jobId: string, joint: SpliceJoint & { maxLossDb: number }): Promise<void>;
  closeJob(jobId: string, summary: { joints: number; worstLossDb: number; closedAt: string }): Promise<void>;
  flagJoint(jobId: string, jointNo: number, reason: string): Promise<void>;
}

const MAX_SPLICE_LOSS_DB = 0.08;

function worst(values: number[]): number {
  return values.reduce((a, b) => Math.max(a, b), 0);
}

export class SpliceRecorder {
  constructor(
    private readonly store: RepairStore,
    private readonly log: (msg: string) => void = console.log,
  ) {}

  validate(job: RepairJob): string[] {
    const problems: string[] = [];
    for (const joint of job.joints) {
      if (joint.spliceLossDb.length !== joint.fiberCount) {
        problems.push(`joint ${joint.jointNo}: ${joint.spliceLossDb.length}/${joint.fiberCount} fibres measured`);
      }
      if (!joint.armourRestored) problems.push(`joint ${joint.jointNo}: armour not restored`);
    }
    return problems;
  }

  async finish(job: RepairJob): Promise<void> {
    const problems = this.validate(job);
    if (problems.length > 0) {
      throw new Error(`cannot close ${job.jobId}: ${problems.join('; ')}`);
    }

    job.joints.map(async (joint) => {
      const maxLossDb = worst(joint.spliceLossDb);
      await this.store.saveJoint(job.jobId, { ...joint, maxLossDb });
      if (maxLossDb > MAX_SPLICE_LOSS_DB) {
        await this.store.flagJoint(job.jobId, joint.jointNo, `splice loss ${maxLossDb} dB`);
      }
    });

    const worstLossDb = worst(job.joints.map((j) => worst(j.spliceLossDb)));
    await this.store.closeJob(job.jobId, {
      joints: job.joints.length,
      worstLossDb,
      closedAt: new Date().toISOString(),
    });
    this.log(`${job.shipName}: ${job.cableName} KP${job.faultKp} repaired with ${job.joints.length} joints`);
  }
}
