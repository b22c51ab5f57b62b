// expect: no-floating-promises
// The worker 'exit' handler calls the async releaseRig() as a bare statement, so a failed lock release or cue-sheet write is dropped as an unhandled rejection.
import { Worker } from 'node:worker_threads';

export interface RigCue {
  atMs: number;
  string: 'head' | 'left-hand' | 'right-hand' | 'left-knee' | 'right-knee' | 'back';
  lengthMm: number;
}

export interface ScenePlan {
  sceneId: string;
  rigId: string;
  puppet: string;
  cues: RigCue[];
}

declare const winchScript: URL;
declare const rigLocks: {
  acquire(rigId: string, holder: string): Promise<boolean>;
  release(rigId: string, holder: string): Promise<void>;
};
declare const cueSheet: { markScene(sceneId: string, outcome: 'completed' | 'aborted', detail?: string): Promise<void> };
declare const stageManager: { alert(message: string): void };

export class RigRunner {
  private readonly active = new Map<string, Worker>();

  constructor(private readonly theatre: string) {}

  async runScene(plan: ScenePlan): Promise<void> {
    const locked = await rigLocks.acquire(plan.rigId, this.theatre);
    if (!locked) {
      throw new Error(`rig ${plan.rigId} is held by another performance`);
    }

    // Sort once here so the winch worker can stream cues without buffering.
    const cues = [...plan.cues].sort((a, b) => a.atMs - b.atMs);
    const worker = new Worker(winchScript, { workerData: { rigId: plan.rigId, puppet: plan.puppet, cues } });
    this.active.set(plan.rigId, worker);

    worker.on('message', (msg: { type: 'tangle'; string: RigCue['string'] } | { type: 'progress'; cue: number }) => {
      if (msg.type === 'tangle') {
        stageManager.alert(`${plan.puppet}: ${msg.string} string tangled on rig ${plan.rigId}`);
      }
    });

    worker.on('error', (err) => {
      stageManager.alert(`winch worker for ${plan.rigId} crashed: ${err.message}`);
    });

    worker.on('exit', (code) => {
      this.active.delete(plan.rigId);
      this.releaseRig(plan, code === 0 ? 'completed' : 'aborted', `exit ${code}`);
    });
  }

  private async releaseRig(plan: ScenePlan, outcome: 'completed' | 'aborted', detail: string): Promise<void> {
    try {
      await cueSheet.markScene(plan.sceneId, outcome, detail);
    } finally {
      await rigLocks.release(plan.rigId, this.theatre);
    }
  }

  async stopAll(reason: string): Promise<number> {
    const workers = [...this.active.entries()];
    for (const [rigId] of workers) {
      stageManager.alert(`stopping rig ${rigId}: ${reason}`);
    }
    const codes = await Promise.all(workers.map(([, worker]) => worker.terminate()));
    return codes.length;
  }

  isRunning(rigId: string): boolean {
    return this.active.has(rigId);
  }
}
