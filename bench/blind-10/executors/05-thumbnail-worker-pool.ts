// expect: none
// The 'message' listener fires many times, but progress messages return before settling; only the final done/failed message settles, and 'error'/'exit' reject, with every listener removed on the first settle.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface ThumbnailJob {
  sourcePath: string;
  outputPath: string;
  width: number;
  format: 'webp' | 'avif' | 'jpeg';
}

type WorkerReply = { type: 'progress'; pct: number } | { type: 'done'; bytes: number } | { type: 'failed'; message: string };

export class ThumbnailPool {
  private readonly idle: Worker[] = [];
  private readonly waiters: Array<(w: Worker) => void> = [];

  constructor(
    private readonly script: URL,
    size = Math.max(1, availableParallelism() - 1),
  ) {
    for (let i = 0; i < size; i++) this.idle.push(new Worker(script));
  }

  private acquire(): Promise<Worker> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private release(worker: Worker, healthy: boolean): void {
    const next = healthy ? worker : new Worker(this.script);
    const waiter = this.waiters.shift();
    if (waiter) waiter(next);
    else this.idle.push(next);
  }

  async render(job: ThumbnailJob, onProgress?: (pct: number) => void): Promise<number> {
    const worker = await this.acquire();
    let healthy = true;
    try {
      return await new Promise<number>((resolve, reject) => {
        const cleanup = () => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        };
        const onMessage = (msg: WorkerReply) => {
          if (msg.type === 'progress') {
            onProgress?.(msg.pct);
            return;
          }
          cleanup();
          if (msg.type === 'done') resolve(msg.bytes);
          else reject(new Error(`thumbnail ${job.sourcePath}: ${msg.message}`));
        };
        const onError = (err: Error) => {
          healthy = false;
          cleanup();
          reject(err);
        };
        const onExit = (code: number) => {
          healthy = false;
          cleanup();
          reject(new Error(`thumbnail worker exited with code ${code} while rendering ${job.sourcePath}`));
        };
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        worker.postMessage(job);
      });
    } finally {
      this.release(worker, healthy);
    }
  }
}
