// expect: none
// The scan listener is synchronous and attaches .catch() to the promise from handleScan(), which itself catches routing failures, so nothing is dropped.
import { EventEmitter, once } from 'node:events';

export interface BagScan {
  tag: string;
  flight: string;
  scannerId: string;
  priority: boolean;
  transfer: boolean;
}

export type Destination = { kind: 'carousel'; carouselId: string } | { kind: 'make-up'; chuteId: string } | { kind: 'manual' };

declare const dcs: {
  flightInfo(flight: string): Promise<{ arrived: boolean; carouselId?: string; connectingChute?: string }>;
};

declare const conveyor: {
  divert(tag: string, destination: Destination): Promise<void>;
};

declare const ops: {
  report(tag: string, reason: string): void;
};

export class BagRouter extends EventEmitter {
  private inFlight = 0;
  routed = 0;
  failed = 0;

  constructor(private readonly scanners: EventEmitter) {
    super();
    scanners.on('bag-scanned', this.onScan);
  }

  detach(): void {
    this.scanners.off('bag-scanned', this.onScan);
  }

  async drain(): Promise<void> {
    if (this.inFlight === 0) return;
    await once(this, 'idle');
  }

  private readonly onScan = (scan: BagScan): void => {
    this.inFlight += 1;
    this.handleScan(scan).catch((err: unknown) => {
      ops.report(scan.tag, `router listener failed: ${err instanceof Error ? err.message : String(err)}`);
    });
  };

  private async handleScan(scan: BagScan): Promise<void> {
    try {
      const destination = await this.route(scan);
      this.routed += 1;
      this.emit('routed', scan.tag, destination);
    } catch (err) {
      this.failed += 1;
      ops.report(scan.tag, err instanceof Error ? err.message : String(err));
    } finally {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.emit('idle');
    }
  }

  private async route(scan: BagScan): Promise<Destination> {
    const info = await dcs.flightInfo(scan.flight);
    let destination: Destination;
    if (scan.transfer && info.connectingChute) {
      destination = { kind: 'make-up', chuteId: info.connectingChute };
    } else if (info.arrived && info.carouselId) {
      destination = { kind: 'carousel', carouselId: info.carouselId };
    } else {
      destination = { kind: 'manual' };
    }
    await conveyor.divert(scan.tag, destination);
    return destination;
  }
}
