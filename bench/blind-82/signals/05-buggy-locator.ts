// expect: no-leaked-race
// locateWithTimeout races the GPS request against a timer that is never cleared and never cancels the losing request, so both keep running after the race settles.
import { EventEmitter } from 'node:events';

export interface GpsFix {
  buggyId: string;
  lat: number;
  lon: number;
  hdop: number;
  fixedAt: number;
}

export interface Rental {
  rentalId: string;
  buggyId: string;
  customer: string;
  dueBackAt: number;
  geofence: { lat: number; lon: number; radiusM: number };
}

declare const gpsGateway: {
  locate(buggyId: string): Promise<GpsFix>;
};

declare const rentalDesk: {
  activeRentals(): Promise<Rental[]>;
  flagOverdue(rentalId: string, lastSeen: GpsFix | null): Promise<void>;
};

export class LocateTimeoutError extends Error {
  constructor(readonly buggyId: string, ms: number) {
    super(`no GPS fix for ${buggyId} within ${ms}ms`);
    this.name = 'LocateTimeoutError';
  }
}

function locateWithTimeout(buggyId: string, ms: number): Promise<GpsFix> {
  const timeout = new Promise<never>((_, reject) => {
    setTimeout(() => reject(new LocateTimeoutError(buggyId, ms)), ms);
  });
  return Promise.race([gpsGateway.locate(buggyId), timeout]);
}

function distanceM(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const x = toRad(b.lon - a.lon) * Math.cos(toRad((a.lat + b.lat) / 2));
  const y = toRad(b.lat - a.lat);
  return Math.sqrt(x * x + y * y) * 6_371_000;
}

export class DuneFleetWatch extends EventEmitter {
  private readonly lastSeen = new Map<string, GpsFix>();

  constructor(private readonly locateTimeoutMs = 7_000) {
    super();
  }

  async sweep(now = Date.now()): Promise<{ outside: string[]; overdue: string[]; silent: string[] }> {
    const rentals = await rentalDesk.activeRentals();
    const outside: string[] = [];
    const overdue: string[] = [];
    const silent: string[] = [];

    for (const rental of rentals) {
      let fix: GpsFix | null = null;
      try {
        fix = await locateWithTimeout(rental.buggyId, this.locateTimeoutMs);
        this.lastSeen.set(rental.buggyId, fix);
      } catch (err) {
        if (!(err instanceof LocateTimeoutError)) throw err;
        silent.push(rental.buggyId);
      }

      if (fix && distanceM(fix, rental.geofence) > rental.geofence.radiusM) {
        outside.push(rental.buggyId);
        this.emit('geofence', rental, fix);
      }

      if (now > rental.dueBackAt) {
        overdue.push(rental.rentalId);
        await rentalDesk.flagOverdue(rental.rentalId, fix ?? this.lastSeen.get(rental.buggyId) ?? null);
      }
    }

    return { outside, overdue, silent };
  }
}
