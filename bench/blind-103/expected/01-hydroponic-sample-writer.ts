// expect: no-uncalled-async-function
// stop() does `await this.flush` (the method itself, never called) instead of `await this.flush()`, so the last buffered sensor samples are never written and the database is closed underneath them at every controller shutdown.
export interface Sample {
  bed: string;
  sensor: 'ph' | 'ec' | 'temp' | 'level';
  value: number;
  at: number;
}

export interface SampleDb {
  insertSamples(rows: Sample[]): Promise<void>;
  close(): Promise<void>;
}

export class SampleWriter {
  private queue: Sample[] = [];
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    private readonly db: SampleDb,
    private readonly onError: (err: unknown) => void,
    private readonly flushMs = 5000,
    private readonly maxQueue = 5000,
  ) {}

  start(): void {
    this.timer = setInterval(() => {
      this.flush().catch(this.onError);
    }, this.flushMs);
  }

  push(sample: Sample): void {
    if (this.closed) throw new Error('sample writer is stopped');
    this.queue.push(sample);
    if (this.queue.length > this.maxQueue) {
      // The database has been unreachable for a while; keep the newest readings.
      this.queue.splice(0, this.queue.length - this.maxQueue);
    }
  }

  async flush(): Promise<void> {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    try {
      await this.db.insertSamples(batch);
    } catch (err) {
      this.queue = batch.concat(this.queue);
      throw err;
    }
  }

  async stop(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    await this.flush;
    await this.db.close();
  }
}

export async function withSampleWriter<T>(db: SampleDb, fn: (w: SampleWriter) => Promise<T>): Promise<T> {
  const writer = new SampleWriter(db, (err) => console.error('sample flush failed', err));
  writer.start();
  try {
    return await fn(writer);
  } finally {
    await writer.stop();
  }
}
