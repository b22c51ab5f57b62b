// expect: none
// Values set by the 'assignment' listener are only read inside later listeners and the refresh timer, never synchronously after registering.
import { EventEmitter } from 'node:events';

export interface CarouselAssignment {
  flight: string;
  carousel: number;
  origin: string;
  firstBagEta: Date;
}

export interface BagScan {
  tag: string;
  flight: string;
  scannedAt: Date;
}

interface BoardRow {
  flight: string;
  origin: string;
  carousel: number;
  bagsDelivered: number;
  status: 'expected' | 'delivering' | 'complete';
}

export class CarouselBoard extends EventEmitter {
  private readonly assignments = new Map<string, CarouselAssignment>();
  private readonly bagCounts = new Map<string, number>();
  private readonly lastBagAt = new Map<string, number>();
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly idleCompleteMs = 8 * 60_000) {
    super();
  }

  watch(feed: EventEmitter): this {
    let latestFlight: string | undefined;

    feed.on('assignment', (a: CarouselAssignment) => {
      latestFlight = a.flight;
      this.assignments.set(a.flight, a);
      this.bagCounts.set(a.flight, this.bagCounts.get(a.flight) ?? 0);
      this.emit('changed', this.rows());
    });

    feed.on('bag', (scan: BagScan) => {
      if (!this.assignments.has(scan.flight)) return;
      this.bagCounts.set(scan.flight, (this.bagCounts.get(scan.flight) ?? 0) + 1);
      this.lastBagAt.set(scan.flight, scan.scannedAt.getTime());
      // Only re-render immediately for the flight most recently put on a belt;
      // older flights are picked up by the periodic refresh.
      if (scan.flight === latestFlight) this.emit('changed', this.rows());
    });

    this.refreshTimer = setInterval(() => this.emit('changed', this.rows()), 15_000);
    this.refreshTimer.unref();
    return this;
  }

  stop(): void {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  rows(now = Date.now()): BoardRow[] {
    return [...this.assignments.values()]
      .sort((a, b) => a.firstBagEta.getTime() - b.firstBagEta.getTime())
      .map((a) => {
        const delivered = this.bagCounts.get(a.flight) ?? 0;
        const last = this.lastBagAt.get(a.flight);
        let status: BoardRow['status'] = 'expected';
        if (delivered > 0) {
          status = last !== undefined && now - last > this.idleCompleteMs ? 'complete' : 'delivering';
        }
        return {
          flight: a.flight,
          origin: a.origin,
          carousel: a.carousel,
          bagsDelivered: delivered,
          status,
        };
      });
  }
}
