// expect: none
// Correct: the lease renewal is started early but awaited on every path, including the early return for an empty flight plan; only sync work runs in between.
import { setTimeout as sleep } from 'node:timers/promises';

export interface Waypoint {
  lat: number;
  lon: number;
  altM: number;
}

export interface FlightPlan {
  droneId: string;
  corridorId: string;
  waypoints: Waypoint[];
  payloadKg: number;
}

export type DispatchOutcome =
  | { status: 'empty'; corridorId: string }
  | { status: 'rejected'; reason: string }
  | { status: 'dispatched'; leaseUntil: number; legs: number };

declare const airspace: {
  renewLease(corridorId: string, droneId: string): Promise<{ until: number }>;
  ceilingFor(corridorId: string): number;
};

declare const fleet: {
  upload(droneId: string, waypoints: Waypoint[], signal: AbortSignal): Promise<void>;
};

const MAX_PAYLOAD_KG = 2.5;

function withinCeiling(plan: FlightPlan): boolean {
  const ceiling = airspace.ceilingFor(plan.corridorId);
  return plan.waypoints.every((w) => w.altM <= ceiling);
}

export class CorridorDispatcher {
  constructor(private readonly uploadTimeoutMs = 15_000) {}

  async dispatch(plan: FlightPlan): Promise<DispatchOutcome> {
    const renewal = airspace.renewLease(plan.corridorId, plan.droneId);

    if (plan.waypoints.length === 0) {
      await renewal;
      return { status: 'empty', corridorId: plan.corridorId };
    }

    const overweight = plan.payloadKg > MAX_PAYLOAD_KG;
    const tooHigh = !withinCeiling(plan);
    const lease = await renewal;

    if (overweight || tooHigh) {
      return { status: 'rejected', reason: overweight ? 'payload over limit' : 'waypoint above corridor ceiling' };
    }

    const controller = new AbortController();
    const timeout = sleep(this.uploadTimeoutMs, undefined, { signal: controller.signal }).then(() => {
      throw new Error(`upload to ${plan.droneId} timed out`);
    });

    try {
      await Promise.race([fleet.upload(plan.droneId, plan.waypoints, controller.signal), timeout]);
    } finally {
      controller.abort();
      timeout.catch(() => undefined);
    }

    return { status: 'dispatched', leaseUntil: lease.until, legs: plan.waypoints.length - 1 };
  }
}
