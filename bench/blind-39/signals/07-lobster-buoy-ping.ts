// expect: none
// The race's losers are cleaned up: aborting the per-ping controller in finally cancels both the timer and the in-flight request, whichever side wins.
import { setTimeout as sleep } from 'node:timers/promises';

export interface BuoyPing {
  trapId: string;
  lat: number;
  lng: number;
  batteryPct: number;
  soakHours: number;
}

export interface PingOutcome {
  trapId: string;
  status: 'ok' | 'timeout' | 'drifted';
  ping?: BuoyPing;
}

declare const buoyGateway: {
  ping(trapId: string, init: { signal: AbortSignal }): Promise<BuoyPing>;
};

declare const trapRegistry: {
  deployedPosition(trapId: string): { lat: number; lng: number };
};

const DRIFT_LIMIT_METRES = 150;

class PingTimeout extends Error {
  constructor(readonly trapId: string) {
    super(`buoy ${trapId} did not answer`);
  }
}

function metresBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const R = 6_371_000;
  const dLat = ((b.lat - a.lat) * Math.PI) / 180;
  const dLng = ((b.lng - a.lng) * Math.PI) / 180;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos((a.lat * Math.PI) / 180) * Math.cos((b.lat * Math.PI) / 180) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

async function pingWithin(trapId: string, ms: number, outer?: AbortSignal): Promise<BuoyPing> {
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  const timeout = sleep(ms, undefined, { signal: controller.signal }).then((): never => {
    throw new PingTimeout(trapId);
  });
  try {
    return await Promise.race([buoyGateway.ping(trapId, { signal }), timeout]);
  } finally {
    controller.abort();
  }
}

export async function checkTrap(trapId: string, signal?: AbortSignal): Promise<PingOutcome> {
  try {
    const ping = await pingWithin(trapId, 8_000, signal);
    const drift = metresBetween(trapRegistry.deployedPosition(trapId), ping);
    return { trapId, status: drift > DRIFT_LIMIT_METRES ? 'drifted' : 'ok', ping };
  } catch (err) {
    if (err instanceof PingTimeout) return { trapId, status: 'timeout' };
    throw err;
  }
}

export async function sweepLine(trapIds: string[], signal?: AbortSignal): Promise<PingOutcome[]> {
  const outcomes: PingOutcome[] = [];
  for (const trapId of trapIds) {
    signal?.throwIfAborted();
    outcomes.push(await checkTrap(trapId, signal));
  }
  return outcomes;
}

export function lowBattery(outcomes: PingOutcome[], thresholdPct = 20): string[] {
  return outcomes.filter((o) => o.ping && o.ping.batteryPct < thresholdPct).map((o) => o.trapId);
}
