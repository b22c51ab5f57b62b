// expect: no-floating-promises
// The async 'scan' listener's promise is dropped by EventEmitter, so a rejection from lookupDestination/divert goes unhandled.
import { EventEmitter } from 'node:events';

export interface BagScan {
  tag: string;
  flight: string;
  beltId: number;
  scannedAt: number;
}

export interface Destination {
  chute: number;
  closesAt: number;
}

export interface SortationApi {
  lookupDestination(flight: string): Promise<Destination>;
  divert(tag: string, chute: number): Promise<void>;
}

declare const metrics: {
  increment(name: string, tags?: Record<string, string>): void;
  timing(name: string, ms: number): void;
};

const LATE_BAG_CHUTE = 99;

export class BeltRouter extends EventEmitter {
  private readonly inFlight = new Set<string>();
  private readonly lastSeen = new Map<string, number>();

  constructor(
    private readonly sortation: SortationApi,
    private readonly dedupeWindowMs = 5_000,
  ) {
    super();

    this.on('scan', async (scan: BagScan) => {
      if (this.isDuplicate(scan)) {
        metrics.increment('belt.scan.duplicate', { belt: String(scan.beltId) });
        return;
      }
      const chute = await this.routeBag(scan);
      this.emit('routed', { tag: scan.tag, chute });
    });
  }

  ingest(raw: string, beltId: number): void {
    const [tag, flight] = raw.trim().split('|');
    if (!tag || !flight) {
      metrics.increment('belt.scan.malformed');
      return;
    }
    this.emit('scan', { tag, flight, beltId, scannedAt: Date.now() } satisfies BagScan);
  }

  get pending(): number {
    return this.inFlight.size;
  }

  private isDuplicate(scan: BagScan): boolean {
    const previous = this.lastSeen.get(scan.tag);
    this.lastSeen.set(scan.tag, scan.scannedAt);
    if (this.inFlight.has(scan.tag)) return true;
    return previous !== undefined && scan.scannedAt - previous < this.dedupeWindowMs;
  }

  private async routeBag(scan: BagScan): Promise<number> {
    const started = Date.now();
    this.inFlight.add(scan.tag);
    try {
      const destination = await this.sortation.lookupDestination(scan.flight);
      const chute = destination.closesAt < scan.scannedAt ? LATE_BAG_CHUTE : destination.chute;
      await this.sortation.divert(scan.tag, chute);
      metrics.increment('belt.bag.routed', { chute: String(chute) });
      return chute;
    } finally {
      this.inFlight.delete(scan.tag);
      metrics.timing('belt.bag.route_ms', Date.now() - started);
    }
  }

  pruneSeen(now = Date.now()): void {
    for (const [tag, seenAt] of this.lastSeen) {
      if (now - seenAt > this.dedupeWindowMs * 4) this.lastSeen.delete(tag);
    }
  }
}
