// expect: no-floating-promises
// assert.rejects(...) in the capacity test is not awaited, so the test finishes before the assertion settles and a failure is never reported.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Tour {
  id: string;
  level: 'upper-gallery' | 'chapel' | 'brine-lake';
  departs: Date;
  capacity: number;
}

interface Booking {
  tourId: string;
  party: number;
  helmetsIssued: number;
}

class TourDesk {
  private readonly booked = new Map<string, number>();

  constructor(private readonly tours: Tour[]) {}

  async reserve(tourId: string, party: number): Promise<Booking> {
    const tour = this.tours.find((t) => t.id === tourId);
    if (!tour) {
      throw new Error(`unknown tour ${tourId}`);
    }
    // Simulates the round-trip to the ticketing back office.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const current = this.booked.get(tourId) ?? 0;
    if (current + party > tour.capacity) {
      throw new Error(`capacity exceeded for ${tourId}`);
    }
    this.booked.set(tourId, current + party);
    return { tourId, party, helmetsIssued: party };
  }

  remaining(tourId: string): number {
    const tour = this.tours.find((t) => t.id === tourId);
    return tour ? tour.capacity - (this.booked.get(tourId) ?? 0) : 0;
  }
}

describe('TourDesk', () => {
  let desk: TourDesk;

  beforeEach(() => {
    desk = new TourDesk([
      { id: 'chapel-1030', level: 'chapel', departs: new Date('2024-07-01T10:30:00Z'), capacity: 12 },
      { id: 'lake-1400', level: 'brine-lake', departs: new Date('2024-07-01T14:00:00Z'), capacity: 6 },
    ]);
  });

  it('issues one helmet per visitor', async () => {
    const booking = await desk.reserve('chapel-1030', 4);
    assert.equal(booking.helmetsIssued, 4);
    assert.equal(desk.remaining('chapel-1030'), 8);
  });

  it('refuses parties larger than the lift cage', async () => {
    await desk.reserve('lake-1400', 5);
    assert.rejects(desk.reserve('lake-1400', 2), /capacity exceeded/);
    assert.equal(desk.remaining('lake-1400'), 1);
  });

  it('rejects unknown tours', async () => {
    await assert.rejects(() => desk.reserve('stables-0900', 1), /unknown tour/);
  });
});
