// expect: none
// Every deferred is settled once: reply, per-request timeout, worker error and worker exit each reject/resolve and remove the entry, clearing its timer.
import { Worker } from 'node:worker_threads';

export interface DoseCheckRequest {
  patientId: string;
  ndc: string;
  doseMg: number;
  route: 'PO' | 'IV' | 'IM' | 'SC';
  weightKg?: number;
}

export interface DoseCheckResult {
  allowed: boolean;
  warnings: string[];
  maxDailyMg: number;
}

interface WorkerReply {
  id: number;
  ok: boolean;
  result?: DoseCheckResult;
  error?: string;
}

interface Pending {
  resolve: (r: DoseCheckResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class DoseCheckService {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: Error | null = null;

  constructor(scriptPath: string, private readonly timeoutMs = 4000) {
    this.worker = new Worker(scriptPath);
    this.worker.on('message', (msg: WorkerReply) => this.onReply(msg));
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`dose worker exited with code ${code}`)));
  }

  check(req: DoseCheckRequest): Promise<DoseCheckResult> {
    if (this.dead) return Promise.reject(this.dead);

    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<DoseCheckResult>();
    const timer = setTimeout(() => {
      this.pending.delete(id);
      reject(new Error(`dose check ${id} for ${req.ndc} timed out`));
    }, this.timeoutMs);

    this.pending.set(id, { resolve, reject, timer });
    this.worker.postMessage({ id, req });
    return promise;
  }

  private onReply(msg: WorkerReply): void {
    const entry = this.pending.get(msg.id);
    if (!entry) return; // already timed out
    this.pending.delete(msg.id);
    clearTimeout(entry.timer);
    if (msg.ok && msg.result) {
      entry.resolve(msg.result);
    } else {
      entry.reject(new Error(msg.error ?? 'dose worker returned no result'));
    }
  }

  private failAll(err: Error): void {
    this.dead ??= err;
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(err);
      this.pending.delete(id);
    }
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
