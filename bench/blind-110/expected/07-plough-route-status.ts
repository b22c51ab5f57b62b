// expect: no-reused-settled-promise
// waitForCompletion() requests the route status once before the loop and awaits that same settled promise on every poll, so it never sees new progress and reports a stall even while the plough is working.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RouteStatus {
  routeCode: string;
  unitId: string;
  completedPct: number;
  lastGps: { lat: number; lon: number; at: string };
  bladeDown: boolean;
}

export interface TelematicsApi {
  routeStatus(routeCode: string): Promise<RouteStatus>;
  reassign(routeCode: string, unitId: string): Promise<void>;
}

export class RouteWatcher {
  constructor(
    private readonly telematics: TelematicsApi,
    private readonly pollMs = 30_000,
    private readonly maxPolls = 120,
  ) {}

  async waitForCompletion(routeCode: string): Promise<RouteStatus> {
    const status = this.telematics.routeStatus(routeCode);
    let lastPct = -1;
    let stalledPolls = 0;
    for (let attempt = 0; attempt < this.maxPolls; attempt++) {
      const current = await status;
      if (current.completedPct >= 100) return current;
      if (current.completedPct === lastPct) stalledPolls++;
      else stalledPolls = 0;
      if (stalledPolls >= 10) {
        throw new Error(`route ${routeCode} stalled at ${current.completedPct}% on unit ${current.unitId}`);
      }
      lastPct = current.completedPct;
      await sleep(this.pollMs);
    }
    throw new Error(`route ${routeCode} not finished after ${(this.maxPolls * this.pollMs) / 60_000} minutes`);
  }

  async completeOrReassign(routeCode: string, spareUnit: string): Promise<RouteStatus> {
    try {
      return await this.waitForCompletion(routeCode);
    } catch (err) {
      if (!(err instanceof Error) || !err.message.includes('stalled')) throw err;
      await this.telematics.reassign(routeCode, spareUnit);
      return this.waitForCompletion(routeCode);
    }
  }
}
