// expect: none
// Each job's deferred is removed from the map before it is settled, and worker 'message', 'error' and 'exit' all settle pending jobs, so none settles twice or hangs.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface CarveJob {
  clogId: string;
  footLengthMm: number;
  wood: 'willow' | 'poplar' | 'alder';
  heelHeightMm: number;
}

export interface CarveResult {
  clogId: string;
  toolpathLines: number;
  estimatedMinutes: number;
}

type WorkerReply =
  | { id: number; ok: true; result: CarveResult }
  | { id: number; ok: false; error: string };

interface PendingJob {
  resolve: (result: CarveResult) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class CarvingPool {
  private readonly worker: Worker;
  private readonly pending = new Map<number, PendingJob>();
  private nextId = 1;
  private dead: Error | null = null;

  constructor(private readonly jobTimeoutMs = 45_000) {
    this.worker = new Worker(join(__dirname, 'clog-carver-worker.js'));
    this.worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`carver worker exited with code ${code}`)));
  }

  submit(job: CarveJob): Promise<CarveResult> {
    if (this.dead) return Promise.reject(this.dead);

    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<CarveResult>();
    const timer = setTimeout(() => {
      if (this.pending.delete(id)) {
        reject(new Error(`carving ${job.clogId} exceeded ${this.jobTimeoutMs}ms`));
      }
    }, this.jobTimeoutMs);

    this.pending.set(id, { resolve, reject, timer });
    this.worker.postMessage({ id, job });
    return promise;
  }

  private onReply(reply: WorkerReply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);

    if (reply.ok) {
      entry.resolve(reply.result);
    } else {
      entry.reject(new Error(reply.error));
    }
  }

  private failAll(err: Error): void {
    if (!this.dead) this.dead = err;
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) {
      clearTimeout(entry.timer);
      entry.reject(err);
    }
  }

  async close(): Promise<void> {
    this.failAll(new Error('carving pool closed'));
    await this.worker.terminate();
  }
}

export async function carvePair(pool: CarvingPool, left: CarveJob, right: CarveJob): Promise<number> {
  const [l, r] = await Promise.all([pool.submit(left), pool.submit(right)]);
  return Math.max(l.estimatedMinutes, r.estimatedMinutes);
}
