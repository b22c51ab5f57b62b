// expect: none
// The Promise executor runs synchronously, so `entry` is assigned before it is stored on the next line; worker replies are read only inside the 'message' listener.
import { Worker } from 'node:worker_threads';

export interface ThumbnailJob {
  sourcePath: string;
  width: number;
  format: 'webp' | 'jpeg';
}
export interface Thumbnail {
  outputPath: string;
  bytes: number;
}
type Reply = { id: number; ok: true; result: Thumbnail } | { id: number; ok: false; error: string };
interface Pending {
  resolve: (value: Thumbnail) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class ThumbnailWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private dead: Error | undefined;

  constructor(
    scriptPath: string,
    private readonly timeoutMs = 15_000,
  ) {
    this.worker = new Worker(scriptPath);
    this.worker.on('message', (reply: Reply) => {
      const entry = this.pending.get(reply.id);
      if (!entry) return;
      this.pending.delete(reply.id);
      clearTimeout(entry.timer);
      if (reply.ok) entry.resolve(reply.result);
      else entry.reject(new Error(`thumbnail job ${reply.id}: ${reply.error}`));
    });
    this.worker.on('error', (err) => this.failAll(err));
    this.worker.on('exit', (code) => this.failAll(new Error(`thumbnail worker exited with code ${code}`)));
  }

  render(job: ThumbnailJob): Promise<Thumbnail> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    let entry!: Pending;
    const result = new Promise<Thumbnail>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`thumbnail job ${id} timed out after ${this.timeoutMs}ms`));
      }, this.timeoutMs);
      entry = { resolve, reject, timer };
    });
    this.pending.set(id, entry);
    try {
      this.worker.postMessage({ id, ...job });
    } catch (err) {
      this.pending.delete(id);
      clearTimeout(entry.timer);
      entry.reject(err instanceof Error ? err : new Error(String(err)));
    }
    return result;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(err: Error): void {
    this.dead ??= err;
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(err);
      this.pending.delete(id);
    }
  }
}
