// expect: no-floating-promises
// The 'occupancy' listener is an async function; EventEmitter discards its promise, so a failed truck dispatch becomes an unhandled rejection.
import { EventEmitter } from 'node:events';

export interface StationOccupancy {
  stationId: string;
  docks: number;
  bikes: number;
  ebikes: number;
  reportedAt: Date;
}

export interface RebalanceTask {
  taskId: string;
  fromStation: string;
  toStation: string;
  bikes: number;
}

declare const fleetOps: {
  nearestSurplus(stationId: string, needed: number): Promise<{ stationId: string; spare: number } | undefined>;
  dispatchTruck(task: Omit<RebalanceTask, 'taskId'>): Promise<RebalanceTask>;
};
declare const opsLog: { info(msg: string, meta?: object): void; warn(msg: string, meta?: object): void };

export class RebalanceMonitor {
  private readonly inFlight = new Map<string, RebalanceTask>();
  private readonly cooldownUntil = new Map<string, number>();

  constructor(
    private readonly telemetry: EventEmitter,
    private readonly lowWatermark = 0.15,
    private readonly targetFill = 0.5,
    private readonly cooldownMs = 20 * 60_000,
  ) {}

  start(): void {
    this.telemetry.on('occupancy', async (occ: StationOccupancy) => {
      if (!this.needsBikes(occ)) return;
      const needed = Math.ceil(occ.docks * this.targetFill) - (occ.bikes + occ.ebikes);
      const source = await fleetOps.nearestSurplus(occ.stationId, needed);
      if (!source) {
        opsLog.warn('no surplus station within range', { stationId: occ.stationId, needed });
        return;
      }
      const task = await fleetOps.dispatchTruck({
        fromStation: source.stationId,
        toStation: occ.stationId,
        bikes: Math.min(needed, source.spare),
      });
      this.inFlight.set(occ.stationId, task);
      this.cooldownUntil.set(occ.stationId, Date.now() + this.cooldownMs);
      opsLog.info('rebalance dispatched', { ...task });
    });

    this.telemetry.on('delivery', (msg: { stationId: string; taskId: string }) => {
      const task = this.inFlight.get(msg.stationId);
      if (task?.taskId === msg.taskId) this.inFlight.delete(msg.stationId);
    });
  }

  stop(): void {
    this.telemetry.removeAllListeners('occupancy');
    this.telemetry.removeAllListeners('delivery');
  }

  private needsBikes(occ: StationOccupancy): boolean {
    if (this.inFlight.has(occ.stationId)) return false;
    if ((this.cooldownUntil.get(occ.stationId) ?? 0) > Date.now()) return false;
    const fill = (occ.bikes + occ.ebikes) / occ.docks;
    return fill < this.lowWatermark;
  }

  pending(): RebalanceTask[] {
    return [...this.inFlight.values()];
  }
}
