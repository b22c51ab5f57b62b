// expect: no-read-before-settle
// refreshLaneMetres assigns this.freeLaneMetres inside a node-style callback, but reserve() compares against it synchronously right after calling it, before the callback has run.
export interface LegacyDeckClient {
  getFreeLaneMetres(sailingId: string, cb: (err: Error | null, metres?: number) => void): void;
  hold(sailingId: string, metres: number, cb: (err: Error | null, holdId?: string) => void): void;
}

export interface VehicleBooking {
  sailingId: string;
  registration: string;
  lengthM: number;
  towing: boolean;
}

export class DeckFullError extends Error {
  constructor(readonly sailingId: string, readonly needed: number, readonly free: number) {
    super(`sailing ${sailingId} has ${free} m free, booking needs ${needed} m`);
    this.name = 'DeckFullError';
  }
}

const TRAILER_ALLOWANCE_M = 1.5;

export class FerryDeckPlanner {
  private freeLaneMetres = 0;
  private lastRefreshError: Error | null = null;

  constructor(private readonly deck: LegacyDeckClient) {}

  private refreshLaneMetres(sailingId: string): void {
    this.deck.getFreeLaneMetres(sailingId, (err, metres) => {
      if (err) {
        this.lastRefreshError = err;
        return;
      }
      this.lastRefreshError = null;
      this.freeLaneMetres = metres ?? 0;
    });
  }

  reserve(booking: VehicleBooking): Promise<string> {
    const needed = booking.lengthM + (booking.towing ? TRAILER_ALLOWANCE_M : 0);

    this.refreshLaneMetres(booking.sailingId);
    if (this.lastRefreshError) {
      return Promise.reject(this.lastRefreshError);
    }
    if (needed > this.freeLaneMetres) {
      return Promise.reject(new DeckFullError(booking.sailingId, needed, this.freeLaneMetres));
    }

    return new Promise<string>((resolve, reject) => {
      this.deck.hold(booking.sailingId, needed, (err, holdId) => {
        if (err || !holdId) {
          reject(err ?? new Error(`no hold id returned for ${booking.registration}`));
          return;
        }
        this.freeLaneMetres -= needed;
        resolve(holdId);
      });
    });
  }

  async reserveAll(bookings: readonly VehicleBooking[]): Promise<Map<string, string>> {
    const holds = new Map<string, string>();
    for (const booking of bookings) {
      holds.set(booking.registration, await this.reserve(booking));
    }
    return holds;
  }
}
