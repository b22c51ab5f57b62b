// expect: no-promise-as-value
// The double-header test asserts assert.ok(venue.hasSlot(...)) on an unawaited Promise<boolean>, which is always truthy, so the check can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface BoutSlot {
  venue: string;
  date: string;
  startHour: number;
  home: string;
  away: string;
}

interface VenueCalendar {
  book(slot: BoutSlot): Promise<{ confirmation: string }>;
  hasSlot(venue: string, date: string, startHour: number): Promise<boolean>;
  release(confirmation: string): Promise<void>;
  bookedFor(team: string): Promise<BoutSlot[]>;
}

declare function createVenueCalendar(options: { trackResurfacingHours: number }): VenueCalendar;

function overlaps(a: BoutSlot, b: BoutSlot, boutHours = 2): boolean {
  if (a.venue !== b.venue || a.date !== b.date) return false;
  return a.startHour < b.startHour + boutHours && b.startHour < a.startHour + boutHours;
}

async function scheduleDoubleHeader(
  calendar: VenueCalendar,
  first: BoutSlot,
  second: BoutSlot,
): Promise<string[]> {
  if (overlaps(first, second)) {
    throw new Error(`bouts at ${first.venue} overlap on ${first.date}`);
  }
  const a = await calendar.book(first);
  try {
    const b = await calendar.book(second);
    return [a.confirmation, b.confirmation];
  } catch (err) {
    await calendar.release(a.confirmation);
    throw err;
  }
}

describe('roller derby bout booking', () => {
  let venue: VenueCalendar;
  const opener: BoutSlot = { venue: 'Rink Hall', date: '2024-09-21', startHour: 14, home: 'Brick City Bruisers', away: 'Harbour Hellcats' };
  const headliner: BoutSlot = { venue: 'Rink Hall', date: '2024-09-21', startHour: 17, home: 'Steel Valley Sirens', away: 'Northside Ninepins' };

  beforeEach(() => {
    venue = createVenueCalendar({ trackResurfacingHours: 1 });
  });

  it('books both bouts of a double header', async () => {
    const confirmations = await scheduleDoubleHeader(venue, opener, headliner);
    assert.equal(confirmations.length, 2);
    assert.ok(venue.hasSlot('Rink Hall', '2024-09-21', 17));
    assert.equal(await venue.hasSlot('Rink Hall', '2024-09-21', 14), true);
  });

  it('refuses overlapping bouts before touching the calendar', async () => {
    const clash = { ...headliner, startHour: 15 };
    await assert.rejects(scheduleDoubleHeader(venue, opener, clash), /overlap/);
    assert.equal(await venue.hasSlot('Rink Hall', '2024-09-21', 14), false);
  });

  it('releases the opener when the headliner cannot be booked', async () => {
    await venue.book({ ...headliner, home: 'Scrimmage', away: 'Scrimmage' });
    await assert.rejects(scheduleDoubleHeader(venue, opener, headliner));
    assert.equal(await venue.hasSlot('Rink Hall', '2024-09-21', 14), false);
  });

  it('lists bookings for a team', async () => {
    await scheduleDoubleHeader(venue, opener, headliner);
    const bouts = await venue.bookedFor('Harbour Hellcats');
    assert.deepEqual(
      bouts.map((b) => b.startHour),
      [14],
    );
  });
});
