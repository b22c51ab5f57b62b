// expect: none
// Every request settles exactly once: the matching reply, a worker 'error'/'exit' (failAll) or its own timer, each of which removes the pending entry and clears the timer first.
import { Worker } from 'node:worker_threads';

type ImageOp = 'resize' | 'thumbnail' | 'webp';

interface WorkerRequest {
  id: number;
  op: ImageOp;
  src: string;
  width: number;
}

type WorkerReply = { id: number; ok: true; out: string } | { id: number; ok: false; error: string };

interface Pending {
  resolve(out: string): void;
  reject(err: Error): void;
}

export class ImageWorkerClient {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(scriptPath: string) {
    this.worker = new Worker(scriptPath);
    this.worker.on('message', (reply: WorkerReply) => {
      const entry = this.pending.get(reply.id);
      if (!entry) return; // already timed out
      this.pending.delete(reply.id);
      if (reply.ok) entry.resolve(reply.out);
      else entry.reject(new Error(reply.error));
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`image worker exited with code ${code}`)));
  }

  private failAll(err: Error): void {
    const entries = [...this.pending.values()];
    this.pending.clear();
    for (const entry of entries) entry.reject(err);
  }

  run(op: ImageOp, src: string, width: number, timeoutMs = 30_000): Promise<string> {
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        if (this.pending.delete(id)) reject(new Error(`${op} of ${src} took longer than ${timeoutMs}ms`));
      }, timeoutMs);

      this.pending.set(id, {
        resolve: (out) => {
          clearTimeout(timer);
          resolve(out);
        },
        reject: (err) => {
          clearTimeout(timer);
          reject(err);
        },
      });
      const request: WorkerRequest = { id, op, src, width };
      this.worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}
