// expect: none
// The scan listener is synchronous and hands the checkIn promise a .catch right away, a deliberate fire-and-forget.
import { EventEmitter } from 'node:events';

export interface DropEvent {
  barcode: string;
  binId: string;
  scannedAt: number;
}

declare const circulation: {
  checkIn(barcode: string, branch: string): Promise<{ holdFor?: string; fineCents: number }>;
};

declare const holdsShelf: {
  route(barcode: string, patronId: string): Promise<void>;
};

export class BookDropScanner extends EventEmitter {
  private recent = new Map<string, number>();
  private processed = 0;

  constructor(
    private readonly bin: EventEmitter,
    private readonly branch: string,
    private readonly debounceMs = 4_000,
  ) {
    super();
    this.bin.on('scan', (event: DropEvent) => {
      if (this.isDuplicate(event)) return;
      this.handleDrop(event).catch((err: unknown) => {
        this.emit('scan-failed', { event, err });
      });
    });
  }

  get count(): number {
    return this.processed;
  }

  private isDuplicate(event: DropEvent): boolean {
    // Books sometimes bounce on the conveyor and get scanned twice.
    const last = this.recent.get(event.barcode);
    this.recent.set(event.barcode, event.scannedAt);
    if (this.recent.size > 500) {
      const cutoff = event.scannedAt - this.debounceMs * 10;
      for (const [code, at] of this.recent) {
        if (at < cutoff) this.recent.delete(code);
      }
    }
    return last !== undefined && event.scannedAt - last < this.debounceMs;
  }

  private async handleDrop(event: DropEvent): Promise<void> {
    const result = await circulation.checkIn(event.barcode, this.branch);
    this.processed += 1;

    if (result.holdFor) {
      await holdsShelf.route(event.barcode, result.holdFor);
      this.emit('hold', { barcode: event.barcode, patronId: result.holdFor });
    }
    if (result.fineCents > 0) {
      this.emit('fine', { barcode: event.barcode, cents: result.fineCents });
    }
    this.emit('checked-in', event);
  }
}
