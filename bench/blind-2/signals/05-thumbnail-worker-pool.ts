// expect: no-leaked-race
// When a worker comes online first, the losing 15s timers/promises sleep is never cancelled and keeps the event loop alive, so a CLI that builds a pool and finishes in 2s lingers until every boot timer fires (and on timeout the 'online'/'error' listeners stay on the worker).
import { once } from 'node:events';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';

export interface ThumbnailJob {
  id: string;
  src: string;
  width: number;
}

export interface ThumbnailResult {
  id: string;
  out: string;
  ms: number;
}

async function startWorker(script: string, bootTimeoutMs: number): Promise<Worker> {
  const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 256 } });
  try {
    await Promise.race([
      once(worker, 'online'),
      sleep(bootTimeoutMs).then(() => {
        throw new Error(`thumbnail worker ${worker.threadId} not online after ${bootTimeoutMs}ms`);
      }),
    ]);
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  return worker;
}

export class ThumbnailPool {
  private readonly idle: Worker[];

  private constructor(private readonly workers: Worker[]) {
    this.idle = [...workers];
  }

  static async create(size = Math.max(1, cpus().length - 1), bootTimeoutMs = 15_000): Promise<ThumbnailPool> {
    const script = join(__dirname, 'thumbnail-worker.js');
    const workers: Worker[] = [];
    try {
      for (let i = 0; i < size; i++) {
        workers.push(await startWorker(script, bootTimeoutMs));
      }
    } catch (err) {
      await Promise.all(workers.map((w) => w.terminate()));
      throw err;
    }
    return new ThumbnailPool(workers);
  }

  async run(job: ThumbnailJob): Promise<ThumbnailResult> {
    const worker = this.idle.pop();
    if (!worker) throw new Error('thumbnail pool exhausted');
    try {
      worker.postMessage(job);
      const [result] = (await once(worker, 'message')) as [ThumbnailResult];
      return result;
    } finally {
      this.idle.push(worker);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
