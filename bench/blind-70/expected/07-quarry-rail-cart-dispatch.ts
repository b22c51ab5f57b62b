// expect: no-reused-settled-promise
// bug: `reservation` is started once before the retry loop, so every retry re-awaits the same rejected promise instead of asking the track controller again.
export interface TrackSegment {
  segmentId: string;
  fromSiding: string;
  toSiding: string;
  gradePercent: number;
}

export interface CartLoad {
  cartId: string;
  tonnes: number;
  material: 'granite-block' | 'aggregate' | 'overburden';
}

export interface SegmentReservation {
  segmentId: string;
  token: string;
  expiresAt: number;
}

declare const trackController: {
  reserveSegment(segmentId: string, cartId: string, ttlMs: number): Promise<SegmentReservation>;
  release(token: string): Promise<void>;
  dispatch(cartId: string, token: string, maxSpeedKmh: number): Promise<void>;
};

const RESERVE_ATTEMPTS = 4;

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function maxSpeedFor(segment: TrackSegment, load: CartLoad): number {
  const base = load.material === 'granite-block' ? 8 : 12;
  const gradePenalty = Math.max(0, segment.gradePercent - 2) * 1.5;
  const weightPenalty = load.tonnes > 20 ? 2 : 0;
  return Math.max(3, base - gradePenalty - weightPenalty);
}

export class CartDispatcher {
  constructor(private readonly reservationTtlMs = 90_000) {}

  private async reserveWithRetry(segment: TrackSegment, cartId: string): Promise<SegmentReservation> {
    const reservation = trackController.reserveSegment(segment.segmentId, cartId, this.reservationTtlMs);
    let lastError: unknown;

    for (let attempt = 1; attempt <= RESERVE_ATTEMPTS; attempt++) {
      try {
        return await reservation;
      } catch (err) {
        lastError = err;
        if (attempt < RESERVE_ATTEMPTS) {
          await wait(500 * attempt);
        }
      }
    }
    throw new Error(`segment ${segment.segmentId} stayed occupied for cart ${cartId}`, { cause: lastError });
  }

  async dispatchAlong(route: TrackSegment[], load: CartLoad): Promise<number> {
    let travelled = 0;
    for (const segment of route) {
      const reservation = await this.reserveWithRetry(segment, load.cartId);
      try {
        await trackController.dispatch(load.cartId, reservation.token, maxSpeedFor(segment, load));
        travelled += 1;
      } finally {
        await trackController.release(reservation.token);
      }
    }
    return travelled;
  }
}

export function validateRoute(route: TrackSegment[]): void {
  for (let i = 1; i < route.length; i++) {
    if (route[i - 1].toSiding !== route[i].fromSiding) {
      throw new Error(`route breaks between ${route[i - 1].segmentId} and ${route[i].segmentId}`);
    }
  }
}
