// expect: no-multiple-settle
// Bug: onReply settles the deferred only for 'ok' and 'failed'; an 'aborted' reply (sent after cancel()) settles nothing, so that caller's promise hangs forever and the entry stays in `pending`.
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';

export interface BellSpec {
  noteHz: number;
  bronzeKg: number;
  profile: 'heavy' | 'medium' | 'light';
}

export interface CastReport {
  pourTempC: number;
  coolingHours: number;
  predictedStrikeNoteHz: number;
}

type CastReply =
  | { id: number; status: 'ok'; report: CastReport }
  | { id: number; status: 'failed'; reason: string }
  | { id: number; status: 'aborted' };

type CastRequest = { type: 'simulate'; id: number; spec: BellSpec } | { type: 'abort'; id: number };

interface Pending {
  resolve: (report: CastReport) => void;
  reject: (err: Error) => void;
  spec: BellSpec;
}

export class FurnaceSimulationQueue {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(workerPath = join(__dirname, 'furnace-worker.js')) {
    this.worker = new Worker(workerPath);
    this.worker.on('message', this.onReply);
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => {
      if (code !== 0) this.failAll(new Error(`furnace worker exited with ${code}`));
    });
  }

  simulate(spec: BellSpec): { id: number; result: Promise<CastReport> } {
    const id = this.nextId++;
    const { promise, resolve, reject } = Promise.withResolvers<CastReport>();
    this.pending.set(id, { resolve, reject, spec });
    this.post({ type: 'simulate', id, spec });
    return { id, result: promise };
  }

  cancel(id: number): void {
    if (!this.pending.has(id)) return;
    this.post({ type: 'abort', id });
  }

  get inFlight(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    this.failAll(new Error('furnace queue closed'));
    await this.worker.terminate();
  }

  private post(req: CastRequest): void {
    this.worker.postMessage(req);
  }

  private onReply = (reply: CastReply): void => {
    const entry = this.pending.get(reply.id);
    if (!entry) return;

    if (reply.status === 'ok') {
      this.pending.delete(reply.id);
      entry.resolve(reply.report);
    } else if (reply.status === 'failed') {
      this.pending.delete(reply.id);
      entry.reject(new Error(`cast of ${entry.spec.noteHz}Hz bell failed: ${reply.reason}`));
    }
  };

  private failAll(err: Error): void {
    for (const entry of this.pending.values()) entry.reject(err);
    this.pending.clear();
  }
}
