// expect: no-multiple-settle
// The worker promise listens only for 'message' and 'error'; if the worker exits without posting a result (process.exit in the render script, terminate from elsewhere) it never settles and the pool slot is never released.
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import { writeFile, mkdir } from 'node:fs/promises';

export interface InvoiceRenderJob {
  invoiceId: string;
  html: string;
  pageSize: 'A4' | 'Letter';
  landscape?: boolean;
}

type WorkerReply = { ok: true; pdf: Uint8Array; pages: number } | { ok: false; message: string };

const WORKER_SCRIPT = path.join(__dirname, 'pdf-render-worker.js');

export class PdfRenderPool {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly outputDir: string,
    private readonly concurrency = 2,
    private readonly maxHeapMb = 384,
  ) {}

  async renderToFile(job: InvoiceRenderJob): Promise<{ file: string; pages: number }> {
    await this.acquire();
    try {
      const reply = await this.runWorker(job);
      if (!reply.ok) {
        throw new Error(`render failed for invoice ${job.invoiceId}: ${reply.message}`);
      }
      await mkdir(this.outputDir, { recursive: true });
      const file = path.join(this.outputDir, `${job.invoiceId}.pdf`);
      await writeFile(file, reply.pdf);
      return { file, pages: reply.pages };
    } finally {
      this.release();
    }
  }

  private runWorker(job: InvoiceRenderJob): Promise<WorkerReply> {
    return new Promise<WorkerReply>((resolve, reject) => {
      const worker = new Worker(WORKER_SCRIPT, {
        workerData: job,
        resourceLimits: { maxOldGenerationSizeMb: this.maxHeapMb },
      });

      worker.once('message', (reply: WorkerReply) => {
        resolve(reply);
        void worker.terminate();
      });

      worker.once('error', (err) => {
        reject(err);
      });
    });
  }

  private acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      this.waiting.push(() => {
        this.running++;
        resolve();
      });
    });
  }

  private release(): void {
    this.running--;
    const next = this.waiting.shift();
    if (next) next();
  }

  get stats() {
    return { running: this.running, queued: this.waiting.length };
  }
}
