// expect: none
// The handshake race shares one AbortController between the 'message' wait and the timeout; finally aborts it, so whichever side loses has its listener removed and its timer cleared.
import { Worker } from 'node:worker_threads';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

interface ReadyMessage {
  type: 'ready';
  pid: number;
  fonts: number;
}

export class RenderWorkerPool {
  private readonly idle: Worker[] = [];

  constructor(
    private readonly script: URL,
    private readonly size: number,
    private readonly bootTimeoutMs = 10_000,
  ) {}

  async start(): Promise<void> {
    for (let i = 0; i < this.size; i++) {
      this.idle.push(await this.boot(i));
    }
  }

  private async boot(index: number): Promise<Worker> {
    const worker = new Worker(this.script, { workerData: { index } });
    const handshake = new AbortController();
    try {
      const winner = await Promise.race([
        once(worker, 'message', { signal: handshake.signal }).then(([msg]) => msg as ReadyMessage),
        sleep(this.bootTimeoutMs, 'timeout' as const, { signal: handshake.signal }),
      ]);
      if (winner === 'timeout') {
        throw new Error(`render worker ${index} did not report ready in ${this.bootTimeoutMs}ms`);
      }
      if (winner.type !== 'ready') {
        throw new Error(`render worker ${index} sent ${JSON.stringify(winner)} before ready`);
      }
      console.info(`render worker ${index} ready (pid ${winner.pid}, ${winner.fonts} fonts)`);
      return worker;
    } catch (err) {
      await worker.terminate();
      throw err;
    } finally {
      handshake.abort();
    }
  }

  acquire(): Worker | undefined {
    return this.idle.pop();
  }

  release(worker: Worker): void {
    this.idle.push(worker);
  }

  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }
}
