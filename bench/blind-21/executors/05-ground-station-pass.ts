// expect: no-multiple-settle
// Bug: the executor is async and awaits the auth token before wiring up settlement; if getToken() rejects, the returned promise never settles.
import { randomUUID } from 'node:crypto';

export interface PassWindow {
  satellite: string;
  aosUtc: string;
  losUtc: string;
  maxElevationDeg: number;
}

export interface Reservation {
  reservationId: string;
  antenna: string;
  window: PassWindow;
}

declare const auth: {
  getToken(scope: string): Promise<string>;
};

declare const scheduler: {
  reserve(
    req: { token: string; requestId: string; antenna: string; window: PassWindow },
    cb: (err: Error | null, result?: { id: string }) => void,
  ): void;
};

const MIN_ELEVATION_DEG = 10;

export class PassBooker {
  private readonly booked: Reservation[] = [];

  constructor(private readonly antennas: string[]) {}

  reserve(antenna: string, window: PassWindow): Promise<Reservation> {
    return new Promise<Reservation>(async (resolve, reject) => {
      if (window.maxElevationDeg < MIN_ELEVATION_DEG) {
        reject(new Error(`${window.satellite} pass peaks at ${window.maxElevationDeg}°, below mask`));
        return;
      }
      const token = await auth.getToken('ground-segment:schedule');
      scheduler.reserve({ token, requestId: randomUUID(), antenna, window }, (err, result) => {
        if (err || !result) {
          reject(err ?? new Error('scheduler returned no reservation'));
          return;
        }
        const reservation = { reservationId: result.id, antenna, window };
        this.booked.push(reservation);
        resolve(reservation);
      });
    });
  }

  async reserveFirstFree(window: PassWindow): Promise<Reservation> {
    let lastError: unknown;
    for (const antenna of this.antennas) {
      if (this.isBusy(antenna, window)) continue;
      try {
        return await this.reserve(antenna, window);
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError ?? new Error(`no antenna free for ${window.satellite}`);
  }

  private isBusy(antenna: string, window: PassWindow): boolean {
    const start = Date.parse(window.aosUtc);
    const end = Date.parse(window.losUtc);
    return this.booked.some((r) => {
      if (r.antenna !== antenna) return false;
      const s = Date.parse(r.window.aosUtc);
      const e = Date.parse(r.window.losUtc);
      return s < end && start < e;
    });
  }
}
