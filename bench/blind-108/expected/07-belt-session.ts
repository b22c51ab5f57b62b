// expect: none
// The generator yields awaited plate reads rather than the read method, and the closers array holds functions on purpose because close() invokes each one (closer()) before handing the resulting promises to Promise.allSettled.
export interface PlateRead {
  tag: string;
  lane: number;
  priceYen: number;
  at: number;
}

export interface RfidReader {
  read(): Promise<PlateRead | null>;
  close(): Promise<void>;
}

export interface ReceiptPrinter {
  print(lines: string[]): Promise<void>;
  close(): Promise<void>;
}

export interface SessionTotals {
  seat: number;
  plates: number;
  totalYen: number;
}

export class BeltSession {
  private readonly closers: Array<() => Promise<void>>;
  private closed = false;

  constructor(
    private readonly seat: number,
    private readonly reader: RfidReader,
    private readonly printer: ReceiptPrinter,
  ) {
    this.closers = [() => this.reader.close(), () => this.printer.close()];
  }

  async *plates(): AsyncGenerator<PlateRead, void, undefined> {
    while (!this.closed) {
      const read = await this.reader.read();
      if (read === null) return;
      if (read.lane !== this.seat) continue;
      yield read;
    }
  }

  async checkout(): Promise<SessionTotals> {
    const totals: SessionTotals = { seat: this.seat, plates: 0, totalYen: 0 };
    const lines: string[] = [];
    for await (const plate of this.plates()) {
      totals.plates++;
      totals.totalYen += plate.priceYen;
      lines.push(`${plate.tag.padEnd(10)} ¥${plate.priceYen}`);
    }
    lines.push('', `Seat ${this.seat}: ${totals.plates} plates`, `Total ¥${totals.totalYen.toLocaleString('ja-JP')}`);
    await this.printer.print(lines);
    return totals;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const results = await Promise.allSettled(this.closers.map((closer) => closer()));
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failures.length > 0) {
      throw new AggregateError(failures.map((f) => f.reason), `seat ${this.seat}: ${failures.length} device(s) failed to close`);
    }
  }
}
