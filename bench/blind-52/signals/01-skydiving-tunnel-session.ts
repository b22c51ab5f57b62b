// expect: require-signal-propagation
// The flight-time wait uses setTimeout from timers/promises without the session signal, so aborting a session cannot end the flight early.
import { setTimeout as delay } from 'node:timers/promises';

export interface Booking {
  bookingId: string;
  flyer: string;
  weightKg: number;
  flightSeconds: number;
  instructor: string;
}

export interface SessionResult {
  bookingId: string;
  flownSeconds: number;
  peakAirspeedKmh: number;
}

declare const fanDrive: {
  rampTo(kmh: number, options: { signal?: AbortSignal }): Promise<{ airspeedKmh: number }>;
  idle(): Promise<void>;
};

declare const tunnelDoors: {
  lock(options: { signal?: AbortSignal }): Promise<void>;
  unlock(): Promise<void>;
};

const BELLY_KMH_PER_KG = 2.1;
const MAX_AIRSPEED_KMH = 270;
const BRIEFING_URL = 'https://ops.tunnel.local/api/briefings';

function airspeedFor(weightKg: number): number {
  return Math.min(MAX_AIRSPEED_KMH, 120 + weightKg * BELLY_KMH_PER_KG * 0.6);
}

async function confirmBriefing(booking: Booking, signal: AbortSignal): Promise<void> {
  const res = await fetch(`${BRIEFING_URL}/${encodeURIComponent(booking.bookingId)}`, { signal });
  if (!res.ok) {
    throw new Error(`briefing lookup failed: HTTP ${res.status}`);
  }
  const body = (await res.json()) as { signedBy?: string };
  if (body.signedBy !== booking.instructor) {
    throw new Error(`booking ${booking.bookingId} has no briefing signed by ${booking.instructor}`);
  }
}

export async function runSession(booking: Booking, { signal }: { signal: AbortSignal }): Promise<SessionResult> {
  await confirmBriefing(booking, signal);
  await tunnelDoors.lock({ signal });

  const startedAt = Date.now();
  let peak = 0;
  try {
    const target = airspeedFor(booking.weightKg);
    const ramp = await fanDrive.rampTo(target, { signal });
    peak = ramp.airspeedKmh;

    await delay(booking.flightSeconds * 1000);

    return {
      bookingId: booking.bookingId,
      flownSeconds: Math.round((Date.now() - startedAt) / 1000),
      peakAirspeedKmh: peak,
    };
  } finally {
    await fanDrive.idle();
    await tunnelDoors.unlock();
  }
}

export class SessionDesk {
  private current: AbortController | null = null;

  async fly(booking: Booking): Promise<SessionResult> {
    if (this.current) {
      throw new Error('a session is already in the tunnel');
    }
    const controller = new AbortController();
    this.current = controller;
    try {
      return await runSession(booking, { signal: controller.signal });
    } finally {
      this.current = null;
    }
  }

  emergencyStop(reason = 'instructor emergency stop'): void {
    this.current?.abort(new Error(reason));
  }
}
