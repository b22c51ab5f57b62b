// expect: no-uncalled-async-function
// stop() awaits the flush method itself rather than calling it, so the buffered fixes are never written before the receiver is closed.
import { appendFile } from 'node:fs/promises';

export interface GpsFix {
  tag: string;
  ts: number;
  lat: number;
  lon: number;
  altM: number;
}

export interface Receiver {
  onFix(listener: (fix: GpsFix) => void): () => void;
  close(): Promise<void>;
}

export class FixBuffer {
  private buffer: GpsFix[] = [];
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private lastError: unknown = null;

  constructor(
    private readonly receiver: Receiver,
    private readonly logPath: string,
    private readonly flushEveryMs = 5000,
  ) {}

  start(): void {
    this.unsubscribe = this.receiver.onFix((fix) => {
      this.buffer.push(fix);
    });
    this.timer = setInterval(() => {
      this.flushing = this.flushing.then(() => this.flush()).catch((err: unknown) => {
        this.lastError = err;
      });
    }, this.flushEveryMs);
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const lines = batch.map((f) => `${f.ts}\t${f.tag}\t${f.lat.toFixed(6)}\t${f.lon.toFixed(6)}\t${f.altM.toFixed(1)}`);
    try {
      await appendFile(this.logPath, lines.join('\n') + '\n', 'utf8');
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    await this.flushing;
    await this.flush;
    await this.receiver.close();
  }

  get pending(): number {
    return this.buffer.length;
  }

  get error(): unknown {
    return this.lastError;
  }
}
