// expect: none
// The deferred is detached from this.current (and its timer cleared) before it is settled, so later cycle-complete, estop or timeout events for the same ride find nothing to settle.
import { EventEmitter } from 'node:events';

export interface CycleSummary {
  rideId: string;
  durationMs: number;
  peakG: number;
  riders: number;
}

interface ActiveCycle {
  rideId: string;
  deferred: PromiseWithResolvers<CycleSummary>;
  timer: ReturnType<typeof setTimeout>;
}

export class RideCycleMonitor {
  private current: ActiveCycle | undefined;

  constructor(
    private readonly bus: EventEmitter,
    private readonly maxCycleMs = 180_000,
  ) {
    bus.on('cycle-complete', (summary: CycleSummary) => {
      this.settle(summary.rideId, null, summary);
    });
    bus.on('estop', (rideId: string, reason: string) => {
      this.settle(rideId, new Error(`emergency stop on ${rideId}: ${reason}`));
    });
  }

  get busy(): boolean {
    return this.current !== undefined;
  }

  startCycle(rideId: string, riders: number): Promise<CycleSummary> {
    if (this.current) {
      return Promise.reject(new Error(`cycle already running on ${this.current.rideId}`));
    }
    const deferred = Promise.withResolvers<CycleSummary>();
    const timer = setTimeout(() => {
      this.settle(rideId, new Error(`cycle on ${rideId} overran ${this.maxCycleMs}ms`));
    }, this.maxCycleMs);
    this.current = { rideId, deferred, timer };
    this.bus.emit('dispatch', { rideId, riders });
    return deferred.promise;
  }

  abort(reason: string): void {
    if (this.current) {
      this.settle(this.current.rideId, new Error(`cycle aborted by operator: ${reason}`));
    }
  }

  private settle(rideId: string, err: Error | null, summary?: CycleSummary): void {
    const active = this.current;
    if (!active || active.rideId !== rideId) return;
    this.current = undefined;
    clearTimeout(active.timer);
    if (err) {
      active.deferred.reject(err);
    } else if (summary) {
      active.deferred.resolve(summary);
    } else {
      active.deferred.reject(new Error(`cycle on ${rideId} finished without a summary`));
    }
  }
}

export async function runShift(monitor: RideCycleMonitor, rideId: string, queue: number[]): Promise<CycleSummary[]> {
  const log: CycleSummary[] = [];
  for (const riders of queue) {
    const summary = await monitor.startCycle(rideId, riders);
    if (summary.peakG > 4.5) {
      throw new Error(`peak ${summary.peakG}g on ${rideId} exceeds the posted limit; closing ride`);
    }
    log.push(summary);
  }
  return log;
}
