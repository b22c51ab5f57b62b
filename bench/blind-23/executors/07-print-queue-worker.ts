// expect: none
// Correct: stored resolve/reject pairs are removed before settling, unknown replies reject, and worker 'error'/'exit' reject every pending job.
import { fork, type ChildProcess } from 'node:child_process';

export interface PrintJob {
  id: string;
  customer: string;
  file: string;
  copies: number;
  stock: 'matte' | 'gloss' | 'kraft';
}

export interface PrintReceipt {
  id: string;
  sheets: number;
  inkMl: number;
}

type WorkerReply =
  | { type: 'done'; id: string; sheets: number; inkMl: number }
  | { type: 'failed'; id: string; reason: string }
  | { type: 'progress'; id: string; percent: number };

interface Pending {
  resolve: (receipt: PrintReceipt) => void;
  reject: (err: Error) => void;
}

export class PressWorker {
  private child: ChildProcess | null = null;
  private pending = new Map<string, Pending>();

  constructor(
    private readonly script: string,
    private readonly onProgress?: (id: string, percent: number) => void,
  ) {}

  private ensureChild(): ChildProcess {
    if (this.child) return this.child;
    const child = fork(this.script, [], { serialization: 'advanced' });

    child.on('message', (msg: WorkerReply) => {
      if (msg.type === 'progress') {
        this.onProgress?.(msg.id, msg.percent);
        return;
      }
      const entry = this.pending.get(msg.id);
      if (!entry) return;
      this.pending.delete(msg.id);
      switch (msg.type) {
        case 'done':
          entry.resolve({ id: msg.id, sheets: msg.sheets, inkMl: msg.inkMl });
          break;
        case 'failed':
          entry.reject(new Error(`job ${msg.id}: ${msg.reason}`));
          break;
        default:
          entry.reject(new Error(`job ${(msg as { id: string }).id}: unexpected reply`));
      }
    });

    const failAll = (err: Error) => {
      if (this.child === child) this.child = null;
      const waiting = [...this.pending.values()];
      this.pending.clear();
      for (const p of waiting) p.reject(err);
    };

    child.on('error', (err) => failAll(err));
    child.on('exit', (code, signal) => {
      failAll(new Error(`press worker exited (${signal ?? code}) with jobs in flight`));
    });

    this.child = child;
    return child;
  }

  submit(job: PrintJob): Promise<PrintReceipt> {
    if (this.pending.has(job.id)) {
      return Promise.reject(new Error(`job ${job.id} is already queued`));
    }
    const child = this.ensureChild();
    return new Promise<PrintReceipt>((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject });
      child.send({ type: 'print', job }, (err) => {
        if (err && this.pending.delete(job.id)) reject(err);
      });
    });
  }

  async shutdown(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = null;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
