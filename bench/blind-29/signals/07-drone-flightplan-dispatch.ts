// expect: no-swallowed-abort
// submitFlightPlan's gateway failover catches every error, including the caller's abort, moves on to the next gateway and finally throws a generic Error.
import { randomUUID } from 'node:crypto';

export interface Waypoint {
  lat: number;
  lon: number;
  altM: number;
}

export interface FlightPlan {
  droneId: string;
  parcelId: string;
  waypoints: Waypoint[];
  maxPayloadKg: number;
}

export interface DispatchRequest {
  plan: FlightPlan;
  signal: AbortSignal;
  priority?: 'medical' | 'standard';
}

export interface DispatchReceipt {
  clearanceId: string;
  gateway: string;
  corridor: string;
}

const GATEWAYS = [
  'https://utm-north.skyroute.example',
  'https://utm-south.skyroute.example',
  'https://utm-backup.skyroute.example',
];

function validate(plan: FlightPlan): void {
  if (plan.waypoints.length < 2) {
    throw new RangeError(`flight plan for ${plan.parcelId} needs at least two waypoints`);
  }
  for (const wp of plan.waypoints) {
    if (wp.altM > 120) {
      throw new RangeError(`waypoint altitude ${wp.altM}m exceeds the 120m ceiling`);
    }
  }
}

export async function submitFlightPlan(req: DispatchRequest): Promise<DispatchReceipt> {
  validate(req.plan);
  const idempotencyKey = randomUUID();
  let lastError: unknown;

  for (const gateway of GATEWAYS) {
    try {
      const res = await fetch(`${gateway}/v1/clearances`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': idempotencyKey,
          'x-priority': req.priority ?? 'standard',
        },
        body: JSON.stringify(req.plan),
        signal: req.signal,
      });
      if (res.status === 409) {
        throw new Error(`airspace conflict for drone ${req.plan.droneId}`);
      }
      if (!res.ok) {
        lastError = new Error(`${gateway} answered ${res.status}`);
        continue;
      }
      const body = (await res.json()) as { clearanceId: string; corridor: string };
      return { clearanceId: body.clearanceId, corridor: body.corridor, gateway };
    } catch (err) {
      if (err instanceof Error && err.message.startsWith('airspace conflict')) {
        throw err;
      }
      lastError = err;
    }
  }

  throw new Error(`no UTM gateway accepted the plan for parcel ${req.plan.parcelId}`, { cause: lastError });
}

export function estimateFlightSeconds(plan: FlightPlan, cruiseMps = 14): number {
  let metres = 0;
  for (let i = 1; i < plan.waypoints.length; i++) {
    const a = plan.waypoints[i - 1];
    const b = plan.waypoints[i];
    const dLat = (b.lat - a.lat) * 111_320;
    const dLon = (b.lon - a.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
    metres += Math.hypot(dLat, dLon, b.altM - a.altM);
  }
  return Math.ceil(metres / cruiseMps);
}
