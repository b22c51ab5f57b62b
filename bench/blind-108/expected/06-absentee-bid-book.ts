// expect: no-uncalled-async-function
// shutdown() does `await this.flushPendingBids` without calling it, which just awaits the method object, so absentee bids still buffered when the SIGTERM arrives are lost instead of being written to the bid book.
import { appendFile } from 'node:fs/promises';
import { EventEmitter } from 'node:events';

export interface AbsenteeBid {
  lot: string;
  paddle: number;
  maxAmount: number;
  receivedVia: 'email' | 'phone' | 'form';
  receivedAt: string;
}

export class AbsenteeBidBook extends EventEmitter {
  private buffer: AbsenteeBid[] = [];
  private flushTimer: NodeJS.Timeout | undefined;
  private readonly highest = new Map<string, AbsenteeBid>();
  private closed = false;

  constructor(private readonly bookPath: string, private readonly flushEveryMs = 5_000) {
    super();
  }

  add(bid: AbsenteeBid): void {
    if (this.closed) throw new Error('bid book is closed for this sale');
    if (bid.maxAmount <= 0) throw new RangeError(`paddle ${bid.paddle}: max bid must be positive`);
    this.buffer.push(bid);
    const current = this.highest.get(bid.lot);
    if (!current || bid.maxAmount > current.maxAmount) this.highest.set(bid.lot, bid);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      this.flushPendingBids().catch((err: unknown) => this.emit('error', err));
    }, this.flushEveryMs);
  }

  async flushPendingBids(): Promise<void> {
    if (this.buffer.length === 0) return;
    const batch = this.buffer;
    this.buffer = [];
    const lines = batch.map((b) => JSON.stringify(b)).join('\n') + '\n';
    try {
      await appendFile(this.bookPath, lines, 'utf8');
    } catch (err) {
      this.buffer = batch.concat(this.buffer);
      throw err;
    }
    this.emit('flushed', batch.length);
  }

  highestFor(lot: string): AbsenteeBid | undefined {
    return this.highest.get(lot);
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    await this.flushPendingBids;
    this.removeAllListeners();
  }
}

export function installSignalHandlers(book: AbsenteeBidBook): void {
  process.once('SIGTERM', () => {
    book.shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('could not close the bid book cleanly', err);
        process.exit(1);
      },
    );
  });
}
