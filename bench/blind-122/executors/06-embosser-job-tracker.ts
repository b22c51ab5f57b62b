// expect: none
// Every stored deferred is settled exactly once: resolved on 'embossed', rejected on 'jam', and all remaining ones rejected when the device closes.
import { EventEmitter } from 'node:events';

export interface EmbossJob {
  jobId: string;
  brf: string;
  copies: number;
  interpoint: boolean;
}

export interface EmbossReceipt {
  jobId: string;
  sheets: number;
  finishedAt: Date;
}

export interface EmbosserDevice extends EventEmitter {
  send(job: EmbossJob): void;
}

interface Pending {
  resolve: (receipt: EmbossReceipt) => void;
  reject: (err: Error) => void;
}

export class EmbosserJobTracker {
  private readonly pending = new Map<string, Pending>();
  private closed = false;

  constructor(private readonly device: EmbosserDevice) {
    device.on('embossed', (jobId: string, sheets: number) => {
      const entry = this.take(jobId);
      entry?.resolve({ jobId, sheets, finishedAt: new Date() });
    });

    device.on('jam', (jobId: string, sheet: number) => {
      const entry = this.take(jobId);
      entry?.reject(new Error(`paper jam on sheet ${sheet} of job ${jobId}`));
    });

    device.once('close', () => {
      this.closed = true;
      const err = new Error('embosser disconnected');
      for (const [jobId, entry] of this.pending) {
        this.pending.delete(jobId);
        entry.reject(err);
      }
    });
  }

  submit(job: EmbossJob): Promise<EmbossReceipt> {
    if (this.closed) {
      return Promise.reject(new Error('embosser disconnected'));
    }
    if (this.pending.has(job.jobId)) {
      return Promise.reject(new Error(`job ${job.jobId} is already queued`));
    }
    const { promise, resolve, reject } = Promise.withResolvers<EmbossReceipt>();
    this.pending.set(job.jobId, { resolve, reject });
    try {
      this.device.send(job);
    } catch (err) {
      this.take(job.jobId);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
    return promise;
  }

  get inFlight(): number {
    return this.pending.size;
  }

  private take(jobId: string): Pending | undefined {
    const entry = this.pending.get(jobId);
    if (entry) this.pending.delete(jobId);
    return entry;
  }
}
