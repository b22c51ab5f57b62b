// expect: no-multiple-settle
// Each job's stored deferred is only settled by a worker 'message'; the worker's 'error'/'exit' handlers just log, so pending jobs never settle if the worker dies.
import { Worker } from 'node:worker_threads';

export interface NetPattern {
  style: 'mayan' | 'brazilian' | 'nicaraguan';
  lengthCm: number;
  widthCm: number;
  knotSpacingMm: number;
}

export interface CordEstimate {
  jobId: number;
  metresOfCord: number;
  knots: number;
  hours: number;
}

type WorkerReply =
  | { jobId: number; ok: true; estimate: CordEstimate }
  | { jobId: number; ok: false; message: string };

interface Pending {
  resolve: (estimate: CordEstimate) => void;
  reject: (err: Error) => void;
  startedAt: number;
}

declare const log: {
  info(msg: string, meta?: object): void;
  error(msg: string, meta?: object): void;
};

export class CordEstimator {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextJobId = 1;

  constructor(scriptPath: string) {
    this.worker = new Worker(scriptPath);
    this.worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    this.worker.on('error', (err) => {
      log.error('cord estimator worker crashed', { err, pending: this.pending.size });
    });
    this.worker.on('exit', (code) => {
      log.info('cord estimator worker exited', { code });
    });
  }

  estimate(pattern: NetPattern): Promise<CordEstimate> {
    const jobId = this.nextJobId++;
    const { promise, resolve, reject } = Promise.withResolvers<CordEstimate>();
    this.pending.set(jobId, { resolve, reject, startedAt: Date.now() });
    this.worker.postMessage({ jobId, pattern });
    return promise;
  }

  private onReply(reply: WorkerReply): void {
    const entry = this.pending.get(reply.jobId);
    if (!entry) {
      log.error('reply for unknown job', { jobId: reply.jobId });
      return;
    }
    this.pending.delete(reply.jobId);
    log.info('estimate finished', { jobId: reply.jobId, ms: Date.now() - entry.startedAt });
    if (reply.ok) {
      entry.resolve(reply.estimate);
    } else {
      entry.reject(new Error(`estimate ${reply.jobId} failed: ${reply.message}`));
    }
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function quoteOrder(
  estimator: CordEstimator,
  patterns: NetPattern[],
  pricePerMetre: number,
  hourlyRate: number,
): Promise<{ total: number; lines: string[] }> {
  const estimates = await Promise.all(patterns.map((p) => estimator.estimate(p)));
  const lines = estimates.map((e, i) => {
    const p = patterns[i];
    const cost = e.metresOfCord * pricePerMetre + e.hours * hourlyRate;
    return `${p.style} ${p.lengthCm}x${p.widthCm}cm: ${e.metresOfCord.toFixed(1)}m cord, ${e.knots} knots, ${cost.toFixed(2)}`;
  });
  const total = estimates.reduce(
    (sum, e) => sum + e.metresOfCord * pricePerMetre + e.hours * hourlyRate,
    0,
  );
  return { total: Math.round(total * 100) / 100, lines };
}
