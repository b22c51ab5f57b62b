// expect: none
// The worker 'message' listener is a plain on() but settles only for the matching jobId and detaches everything first; 'error' and non-zero 'exit' reject, and the settled flag stops a late exit after a result.
import { Worker } from 'node:worker_threads';

export interface StepEvent {
  tMs: number;
  foot: 'L' | 'R';
  kind: 'toe' | 'heel' | 'brush' | 'shuffle';
}

export interface RhythmReport {
  bpm: number;
  syncopationScore: number;
  driftMs: number;
}

type WorkerReply =
  | { jobId: number; ok: true; report: RhythmReport }
  | { jobId: number; ok: false; message: string }
  | { jobId: number; progress: number };

/**
 * Off-thread analysis of clog routine audio (tap onsets). One worker is
 * kept warm and jobs are sent to it one at a time.
 */
export class RhythmAnalyzer {
  private worker: Worker;
  private nextJob = 1;

  constructor(scriptPath: URL) {
    this.worker = new Worker(scriptPath);
  }

  analyse(steps: StepEvent[], onProgress?: (pct: number) => void): Promise<RhythmReport> {
    const jobId = this.nextJob++;
    const { promise, resolve, reject } = Promise.withResolvers<RhythmReport>();
    let settled = false;

    const detach = () => {
      settled = true;
      this.worker.off('message', onMessage);
      this.worker.off('error', onError);
      this.worker.off('exit', onExit);
    };

    const onMessage = (reply: WorkerReply) => {
      if (reply.jobId !== jobId || settled) return;
      if ('progress' in reply) {
        onProgress?.(reply.progress);
        return;
      }
      detach();
      if (reply.ok) resolve(reply.report);
      else reject(new Error(`rhythm analysis failed: ${reply.message}`));
    };

    const onError = (err: Error) => {
      if (settled) return;
      detach();
      reject(err);
    };

    const onExit = (code: number) => {
      if (settled) return;
      detach();
      reject(new Error(`analysis worker exited with code ${code} before job ${jobId} finished`));
    };

    this.worker.on('message', onMessage);
    this.worker.on('error', onError);
    this.worker.on('exit', onExit);
    this.worker.postMessage({ jobId, steps });
    return promise;
  }

  async dispose(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function scoreRoutine(analyzer: RhythmAnalyzer, steps: StepEvent[]): Promise<number> {
  const report = await analyzer.analyse(steps, (pct) => process.stdout.write(`\ranalysing ${pct}%`));
  process.stdout.write('\n');
  const tempoPenalty = Math.min(10, Math.abs(report.driftMs) / 5);
  return Math.max(0, Math.round((report.syncopationScore * 10 - tempoPenalty) * 10) / 10);
}
