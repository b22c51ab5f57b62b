// expect: none
// Each booking promise is handed to assert.rejects or Promise.all before any other await, and allSettled results are checked.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  studio: string;
  piece: string;
  dancers: string[];
  start: number; // minutes since midnight
  end: number;
}

class RehearsalScheduler {
  private readonly bookings: Booking[] = [];

  constructor(private readonly studios: Map<string, number>) {}

  async book(request: Booking): Promise<Booking> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const capacity = this.studios.get(request.studio);
    if (capacity === undefined) throw new Error(`unknown studio ${request.studio}`);
    if (request.dancers.length > capacity) {
      throw new Error(`${request.studio} holds ${capacity}, ${request.piece} needs ${request.dancers.length}`);
    }
    for (const b of this.bookings) {
      const overlaps = b.start < request.end && request.start < b.end;
      if (!overlaps) continue;
      if (b.studio === request.studio) throw new Error(`${request.studio} conflict with ${b.piece}`);
      const shared = b.dancers.find((d) => request.dancers.includes(d));
      if (shared) throw new Error(`${shared} is already in ${b.piece}`);
    }
    this.bookings.push(request);
    return request;
  }

  day(studio: string): Booking[] {
    return this.bookings.filter((b) => b.studio === studio).sort((a, b) => a.start - b.start);
  }
}

let scheduler: RehearsalScheduler;

beforeEach(() => {
  scheduler = new RehearsalScheduler(
    new Map([
      ['Studio A', 24],
      ['Studio B', 8],
    ]),
  );
});

test('books non-overlapping rehearsals in the same studio', async () => {
  await Promise.all([
    scheduler.book({ studio: 'Studio A', piece: 'Giselle Act II', dancers: ['mara', 'ines'], start: 600, end: 720 }),
    scheduler.book({ studio: 'Studio A', piece: 'Serenade', dancers: ['theo'], start: 720, end: 810 }),
  ]);
  assert.deepEqual(
    scheduler.day('Studio A').map((b) => b.piece),
    ['Giselle Act II', 'Serenade'],
  );
});

test('rejects a dancer double-booked across studios', async () => {
  await scheduler.book({ studio: 'Studio A', piece: 'Coppelia', dancers: ['mara'], start: 600, end: 660 });
  const clash = scheduler.book({ studio: 'Studio B', piece: 'Pas de deux', dancers: ['mara', 'theo'], start: 630, end: 700 });
  await assert.rejects(clash, /mara is already in Coppelia/);
});

test('rejects a cast larger than the studio', async () => {
  const cast = Array.from({ length: 12 }, (_, i) => `corps-${i + 1}`);
  await assert.rejects(
    scheduler.book({ studio: 'Studio B', piece: 'Swan Lake Act II', dancers: cast, start: 540, end: 600 }),
    /holds 8/,
  );
});

test('reports which of several concurrent requests lost the studio', async () => {
  const results = await Promise.allSettled([
    scheduler.book({ studio: 'Studio B', piece: 'Apollo', dancers: ['ines'], start: 900, end: 960 }),
    scheduler.book({ studio: 'Studio B', piece: 'Agon', dancers: ['theo'], start: 930, end: 990 }),
  ]);
  const booked = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.piece] : []));
  const refused = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
  assert.deepEqual(booked, ['Apollo']);
  assert.equal(refused.length, 1);
  assert.match(refused[0], /conflict with Apollo/);
});
