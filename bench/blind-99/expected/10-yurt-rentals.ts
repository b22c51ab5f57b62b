// expect: no-uncalled-async-function
// stop() awaits this.ledger.flush without calling it, so the await resolves immediately with the function, the final batch of booking changes is never written, and the ledger file is closed with data still buffered.
import { appendFile } from 'node:fs/promises';

export interface BookingChange {
  ref: string;
  yurtId: string;
  kind: 'created' | 'amended' | 'cancelled';
  nights: number;
  at: string;
}

export class BookingLedger {
  private buffer: BookingChange[] = [];
  private closed = false;

  constructor(private readonly file: string) {}

  push(change: BookingChange): void {
    if (this.closed) throw new Error('ledger is closed');
    this.buffer.push(change);
  }

  async flush(): Promise<number> {
    if (this.buffer.length === 0) return 0;
    const batch = this.buffer;
    this.buffer = [];
    await appendFile(this.file, batch.map((c) => JSON.stringify(c)).join('\n') + '\n');
    return batch.length;
  }

  close(): void {
    this.closed = true;
  }
}

export class BookingSync {
  private timer: NodeJS.Timeout | undefined;
  private flushErrors = 0;

  constructor(private readonly ledger: BookingLedger, private readonly intervalMs = 10_000) {}

  get errors(): number {
    return this.flushErrors;
  }

  start(): void {
    this.timer = setInterval(() => {
      this.ledger.flush().catch(() => {
        this.flushErrors += 1;
      });
    }, this.intervalMs);
  }

  record(change: Omit<BookingChange, 'at'>): void {
    this.ledger.push({ ...change, at: new Date().toISOString() });
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.ledger.flush;
    this.ledger.close();
  }
}
