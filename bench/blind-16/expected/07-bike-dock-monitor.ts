// expect: none
// Async handlers are passed as event/timer callbacks on purpose, and every refresh is actually invoked before being awaited.
import { EventEmitter } from 'node:events';

export interface DockStatus {
  stationId: string;
  freeDocks: number;
  bikesAvailable: number;
  ebikesAvailable: number;
  reportedAt: number;
}

interface DockEvent {
  stationId: string;
  dockNumber: number;
  bikeId: string;
}

declare const stationFeed: EventEmitter;
declare const rebalancing: {
  status(stationId: string): Promise<DockStatus>;
  requestVan(stationId: string, reason: 'empty' | 'full'): Promise<void>;
};

export class DockMonitor {
  private readonly statuses = new Map<string, DockStatus>();
  private sweepTimer?: NodeJS.Timeout;

  constructor(
    private readonly stationIds: string[],
    private readonly sweepMs = 120_000,
  ) {}

  start(): void {
    stationFeed.on('bike-returned', this.onReturn);
    stationFeed.on('bike-released', this.onRelease);
    this.sweepTimer = setInterval(this.sweep, this.sweepMs);
  }

  stop(): void {
    stationFeed.off('bike-returned', this.onReturn);
    stationFeed.off('bike-released', this.onRelease);
    clearInterval(this.sweepTimer);
  }

  private readonly onReturn = async (event: DockEvent): Promise<void> => {
    try {
      const status = await this.refresh(event.stationId);
      if (status.freeDocks === 0) {
        await rebalancing.requestVan(event.stationId, 'full');
      }
    } catch (err) {
      console.error(`return handling failed for ${event.stationId}`, err);
    }
  };

  private readonly onRelease = async (event: DockEvent): Promise<void> => {
    try {
      const status = await this.refresh(event.stationId);
      if (status.bikesAvailable + status.ebikesAvailable === 0) {
        await rebalancing.requestVan(event.stationId, 'empty');
      }
    } catch (err) {
      console.error(`release handling failed for ${event.stationId}`, err);
    }
  };

  // Periodic full pass in case we missed events while the feed was reconnecting.
  private readonly sweep = async (): Promise<void> => {
    const results = await Promise.allSettled(this.stationIds.map((id) => this.refresh(id)));
    const failed = results.filter((r) => r.status === 'rejected').length;
    if (failed > 0) {
      console.warn(`dock sweep: ${failed}/${this.stationIds.length} stations unreachable`);
    }
  };

  async refresh(stationId: string): Promise<DockStatus> {
    const status = await rebalancing.status(stationId);
    this.statuses.set(stationId, status);
    return status;
  }

  async whenAllLoaded(): Promise<DockStatus[]> {
    const pending = this.stationIds.filter((id) => !this.statuses.has(id)).map((id) => this.refresh(id));
    await Promise.all(pending);
    return this.stationIds.map((id) => this.statuses.get(id)!);
  }

  emptiest(limit = 5): DockStatus[] {
    return [...this.statuses.values()]
      .sort((a, b) => a.bikesAvailable + a.ebikesAvailable - (b.bikesAvailable + b.ebikesAvailable))
      .slice(0, limit);
  }
}
