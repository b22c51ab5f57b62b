// expect: none
// Each reply settles exactly the entry it removes from the map, and every still-pending request is rejected when the worker errors or exits, so no caller can hang and none is settled twice.
import { Worker } from 'node:worker_threads';

export type ImageJob = { kind: 'thumbnail'; path: string; width: number; height: number } | { kind: 'exif'; path: string };

type Reply = { id: number; ok: true; result: unknown } | { id: number; ok: false; message: string };

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

export class ImageWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private failure: Error | null = null;

  constructor(script: URL) {
    this.worker = new Worker(script);
    this.worker.on('message', (reply: Reply) => {
      const entry = this.pending.get(reply.id);
      if (!entry) return;
      this.pending.delete(reply.id);
      if (reply.ok) entry.resolve(reply.result);
      else entry.reject(new Error(reply.message));
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`image worker exited with code ${code}`)));
  }

  private failAll(err: Error): void {
    this.failure ??= err;
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.reject(this.failure);
    }
  }

  run<T>(job: ImageJob): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (value) => resolve(value as T), reject });
      try {
        this.worker.postMessage({ id, ...job });
      } catch (err) {
        this.pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  get inFlight(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

export async function makeThumbnails(pool: ImageWorker, paths: string[]): Promise<Buffer[]> {
  return Promise.all(paths.map((path) => pool.run<Buffer>({ kind: 'thumbnail', path, width: 320, height: 180 })));
}
