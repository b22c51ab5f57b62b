// expect: no-uncalled-async-function
// shutdown() does `await this.flushPending` without calling it, which awaits the method object itself; pending tanning-log writes are dropped when the process exits.
import { EventEmitter } from 'node:events';

export interface TanningLogEntry {
  specimenId: string;
  stage: 'pickle' | 'neutralise' | 'tan' | 'oil' | 'breakdown';
  phReading?: number;
  tempC: number;
  by: string;
  at: Date;
}

declare const db: {
  insertTanningLogs(rows: TanningLogEntry[]): Promise<number>;
  close(): Promise<void>;
};

export class TanningLogWriter extends EventEmitter {
  private buffer: TanningLogEntry[] = [];
  private flushing: Promise<void> | null = null;
  private timer: ReturnType<typeof setInterval>;
  private closed = false;

  constructor(private readonly maxBatch = 100, flushEveryMs = 5_000) {
    super();
    this.timer = setInterval(() => {
      this.flushPending().catch((err) => this.emit('error', err));
    }, flushEveryMs);
  }

  log(entry: TanningLogEntry): void {
    if (this.closed) throw new Error('tanning log writer is closed');
    if (entry.stage === 'pickle' && entry.phReading !== undefined && entry.phReading > 2.5) {
      this.emit('warning', `${entry.specimenId}: pickle pH ${entry.phReading} is too high, hair slip risk`);
    }
    this.buffer.push(entry);
    if (this.buffer.length >= this.maxBatch) {
      this.flushPending().catch((err) => this.emit('error', err));
    }
  }

  async flushPending(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.buffer.length === 0) return;

    const batch = this.buffer;
    this.buffer = [];
    this.flushing = db
      .insertTanningLogs(batch)
      .then((n) => {
        this.emit('flushed', n);
      })
      .catch((err) => {
        // put them back so the next flush retries
        this.buffer = batch.concat(this.buffer);
        throw err;
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.flushPending;
    await db.close();
  }
}

export function installShutdown(writer: TanningLogWriter): void {
  const stop = (signal: NodeJS.Signals) => {
    console.log(`${signal} received, closing tanning log`);
    writer.shutdown().then(
      () => process.exit(0),
      (err) => {
        console.error('shutdown failed', err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
