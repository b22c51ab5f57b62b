// expect: none
// Both the events.once wait and the events.on iterator receive the caller's signal, and an abort is left to propagate to the caller.
import { on, once, type EventEmitter } from 'node:events';

export interface PerchWeight {
  ringId: string;
  grams: number;
  at: number;
}

export interface TelemetryPing {
  ringId: string;
  lat: number;
  lon: number;
  altitudeM: number;
  at: number;
}

export interface FlightSummary {
  ringId: string;
  pings: number;
  maxAltitudeM: number;
  furthestM: number;
  returnedToLure: boolean;
}

declare const perchScale: EventEmitter;
declare const tracker: EventEmitter & { arm(ringId: string): void; disarm(ringId: string): void };
declare const yard: { lat: number; lon: number };

function metresBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 6_371_000 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

export async function weighOnPerch(ringId: string, signal: AbortSignal): Promise<PerchWeight> {
  for (;;) {
    const [reading] = (await once(perchScale, 'weight', { signal })) as [PerchWeight];
    if (reading.ringId === ringId && reading.grams > 0) return reading;
  }
}

export async function followFlight(ringId: string, signal: AbortSignal, lureRadiusM = 15): Promise<FlightSummary> {
  const summary: FlightSummary = { ringId, pings: 0, maxAltitudeM: 0, furthestM: 0, returnedToLure: false };
  tracker.arm(ringId);
  try {
    for await (const [ping] of on(tracker, 'ping', { signal }) as AsyncIterableIterator<[TelemetryPing]>) {
      if (ping.ringId !== ringId) continue;
      summary.pings += 1;
      summary.maxAltitudeM = Math.max(summary.maxAltitudeM, ping.altitudeM);
      const distance = metresBetween(yard.lat, yard.lon, ping.lat, ping.lon);
      summary.furthestM = Math.max(summary.furthestM, distance);
      if (summary.pings > 3 && distance <= lureRadiusM) {
        summary.returnedToLure = true;
        break;
      }
    }
  } finally {
    tracker.disarm(ringId);
  }
  return summary;
}

export async function trainingFlight(ringId: string, signal: AbortSignal): Promise<{ before: PerchWeight; flight: FlightSummary }> {
  const before = await weighOnPerch(ringId, signal);
  const flight = await followFlight(ringId, signal);
  return { before, flight };
}
