// expect: none
// The flight signal reaches events.once, events.on and (combined via AbortSignal.any) addEventListener, so every listener goes away on abort or landing.
import { EventEmitter, on, once } from 'node:events';

export interface GpsFix {
  birdRing: string;
  lat: number;
  lon: number;
  altitudeM: number;
  speedKmh: number;
  batteryPct: number;
}

export interface FlightSummary {
  birdRing: string;
  fixes: number;
  maxAltitudeM: number;
  maxSpeedKmh: number;
  stoops: number;
  lowBatteryWarned: boolean;
}

export interface TelemetryReceiver extends EventEmitter {
  tune(ring: string): void;
}

const STOOP_DROP_M = 40;

export function isStoop(prev: GpsFix, next: GpsFix): boolean {
  // A stoop is a steep, fast descent: big altitude loss at high speed between consecutive fixes.
  return prev.altitudeM - next.altitudeM >= STOOP_DROP_M && next.speedKmh > 120;
}

export async function recordFlight(
  receiver: TelemetryReceiver,
  alerts: EventTarget,
  birdRing: string,
  signal: AbortSignal,
): Promise<FlightSummary> {
  const summary: FlightSummary = {
    birdRing,
    fixes: 0,
    maxAltitudeM: 0,
    maxSpeedKmh: 0,
    stoops: 0,
    lowBatteryWarned: false,
  };

  const landed = new AbortController();
  const session = AbortSignal.any([signal, landed.signal]);
  alerts.addEventListener(
    'low-battery',
    (event) => {
      const detail = (event as CustomEvent<{ ring: string }>).detail;
      if (detail?.ring === birdRing) summary.lowBatteryWarned = true;
    },
    { signal: session },
  );

  let previous: GpsFix | null = null;
  try {
    receiver.tune(birdRing);
    await once(receiver, 'locked', { signal });
    for await (const [fix] of on(receiver, 'fix', { signal })) {
      const f = fix as GpsFix;
      if (f.birdRing !== birdRing) continue;
      summary.fixes++;
      summary.maxAltitudeM = Math.max(summary.maxAltitudeM, f.altitudeM);
      summary.maxSpeedKmh = Math.max(summary.maxSpeedKmh, f.speedKmh);
      if (previous && isStoop(previous, f)) summary.stoops++;
      previous = f;
      if (f.altitudeM < 2 && f.speedKmh < 1 && summary.fixes > 10) break;
    }
  } finally {
    landed.abort();
    receiver.tune('');
  }
  return summary;
}

export function flightReport(s: FlightSummary): string {
  return [
    `Bird ${s.birdRing}: ${s.fixes} fixes`,
    `ceiling ${Math.round(s.maxAltitudeM)} m, top speed ${Math.round(s.maxSpeedKmh)} km/h`,
    `${s.stoops} stoop(s)${s.lowBatteryWarned ? ', tag battery low — recharge before next flight' : ''}`,
  ].join('; ');
}
