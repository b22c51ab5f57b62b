// expect: no-multiple-settle
// When the bay reports clear the timeout timer is never cleared, so it fires later and calls reject on the already-resolved promise.
import { EventEmitter } from 'node:events';

export interface BayStatus {
  bay: number;
  occupied: boolean;
  tramId?: string;
  at: number;
}

export class BayClearanceError extends Error {
  constructor(
    readonly bay: number,
    readonly waitedMs: number,
  ) {
    super(`bay ${bay} still occupied after ${waitedMs}ms`);
    this.name = 'BayClearanceError';
  }
}

export interface PointsController {
  setRoute(fromTrack: string, toBay: number): Promise<void>;
  release(toBay: number): Promise<void>;
}

export class DepotYard {
  private readonly lastStatus = new Map<number, BayStatus>();
  private readonly assignments = new Map<number, string>();

  constructor(
    private readonly sensors: EventEmitter,
    private readonly points: PointsController,
    private readonly defaultTimeoutMs = 90_000,
  ) {
    sensors.on('status', (s: BayStatus) => this.lastStatus.set(s.bay, s));
  }

  isOccupied(bay: number): boolean {
    return this.lastStatus.get(bay)?.occupied ?? true;
  }

  waitForBayClear(bay: number, timeoutMs = this.defaultTimeoutMs): Promise<BayStatus> {
    const known = this.lastStatus.get(bay);
    if (known && !known.occupied) return Promise.resolve(known);

    return new Promise((resolve, reject) => {
      const onStatus = (status: BayStatus) => {
        if (status.bay !== bay || status.occupied) return;
        this.sensors.off('status', onStatus);
        resolve(status);
      };

      const timer = setTimeout(() => {
        this.sensors.off('status', onStatus);
        reject(new BayClearanceError(bay, timeoutMs));
      }, timeoutMs);
      timer.unref();

      this.sensors.on('status', onStatus);
    });
  }

  async shuntInto(bay: number, fromTrack: string, tramId: string): Promise<BayStatus> {
    const clear = await this.waitForBayClear(bay);
    await this.points.setRoute(fromTrack, bay);
    this.assignments.set(bay, tramId);
    await this.points.release(bay);
    return clear;
  }

  assignedTram(bay: number): string | undefined {
    return this.assignments.get(bay);
  }
}
