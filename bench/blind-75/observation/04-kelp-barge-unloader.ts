// expect: none
// Event listeners stay synchronous and hand work to one tracked unload promise that has its rejection handler attached at creation and is awaited on close.
import { EventEmitter } from 'node:events';

export interface HoldReport {
  bargeId: string;
  holdTonnes: number;
  capacityTonnes: number;
}

interface BargeFleet extends EventEmitter {
  bargeIds(): string[];
}

declare const quay: {
  assignBerth(bargeId: string): Promise<string>;
  unload(bargeId: string, berth: string): Promise<number>;
  releaseBerth(berth: string): Promise<void>;
};

declare const processingPlant: {
  registerDelivery(bargeId: string, tonnes: number): Promise<void>;
};

declare const harbourLog: {
  error(message: string, error: unknown): void;
  info(message: string, fields?: Record<string, unknown>): void;
};

export class UnloadCoordinator {
  private readonly waiting = new Set<string>();
  private unloading: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly fleet: BargeFleet) {
    fleet.on('hold-report', (report: HoldReport) => {
      if (report.holdTonnes >= report.capacityTonnes * 0.9) {
        this.waiting.add(report.bargeId);
        this.schedule();
      }
    });
  }

  private schedule(): void {
    if (this.unloading || this.closed) return;
    this.unloading = this.unloadWaiting()
      .catch((err: unknown) => harbourLog.error('unload round failed', err))
      .finally(() => {
        this.unloading = undefined;
        if (this.waiting.size > 0 && !this.closed) this.schedule();
      });
  }

  private async unloadWaiting(): Promise<void> {
    const batch = [...this.waiting];
    this.waiting.clear();
    const tonnes = await Promise.all(batch.map((bargeId) => this.unloadOne(bargeId)));
    harbourLog.info('unload round complete', {
      barges: batch.length,
      tonnes: tonnes.reduce((a, b) => a + b, 0),
    });
  }

  private async unloadOne(bargeId: string): Promise<number> {
    const berth = await quay.assignBerth(bargeId);
    try {
      const tonnes = await quay.unload(bargeId, berth);
      await processingPlant.registerDelivery(bargeId, tonnes);
      return tonnes;
    } finally {
      await quay.releaseBerth(berth);
    }
  }

  async unloadAllNow(): Promise<number> {
    await this.unloading;
    const ids = this.fleet.bargeIds();
    const tonnes = await Promise.all(ids.map(async (bargeId) => this.unloadOne(bargeId)));
    return tonnes.reduce((a, b) => a + b, 0);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.fleet.removeAllListeners('hold-report');
    await this.unloading;
  }
}
