// expect: none
// `ready` here is a promise property created once in the constructor (with its failure captured), so awaiting it is correct, and the job steps are functions the loop calls one by one.
import { EventEmitter } from 'node:events';

export interface StringingRig {
  connect(benchId: string): Promise<void>;
  clampHead(model: string): Promise<void>;
  weaveMesh(pattern: string, tensionN: number): Promise<void>;
  tieShooters(count: number): Promise<void>;
  measurePocketCm(): Promise<number>;
  release(): Promise<void>;
}

export interface StringingJob {
  ticket: string;
  head: string;
  meshPattern: string;
  tensionN: number;
  shooters: number;
  targetPocketCm: number;
}

type Step = { label: string; run: () => Promise<void> };

export class StringingBench extends EventEmitter {
  readonly ready: Promise<void>;
  private connectError: Error | null = null;

  constructor(private readonly rig: StringingRig, readonly benchId: string) {
    super();
    this.ready = rig.connect(benchId).catch((err: Error) => {
      this.connectError = err;
    });
  }

  private steps(job: StringingJob): Step[] {
    return [
      { label: 'clamp', run: () => this.rig.clampHead(job.head) },
      { label: 'weave', run: () => this.rig.weaveMesh(job.meshPattern, job.tensionN) },
      { label: 'shooters', run: () => this.rig.tieShooters(job.shooters) },
    ];
  }

  async string(job: StringingJob): Promise<{ ticket: string; pocketCm: number; withinSpec: boolean }> {
    await this.ready;
    if (this.connectError) {
      throw new Error(`bench ${this.benchId} unavailable: ${this.connectError.message}`);
    }

    try {
      for (const step of this.steps(job)) {
        this.emit('step', { ticket: job.ticket, step: step.label });
        await step.run();
      }
      const pocketCm = await this.rig.measurePocketCm();
      const withinSpec = Math.abs(pocketCm - job.targetPocketCm) <= 0.3;
      this.emit('done', { ticket: job.ticket, pocketCm, withinSpec });
      return { ticket: job.ticket, pocketCm, withinSpec };
    } finally {
      await this.rig.release();
    }
  }

  async stringAll(jobs: StringingJob[]): Promise<string[]> {
    const outOfSpec: string[] = [];
    for (const job of jobs) {
      const result = await this.string(job);
      if (!result.withinSpec) outOfSpec.push(`${result.ticket} (${result.pocketCm.toFixed(1)}cm)`);
    }
    return outOfSpec;
  }
}
