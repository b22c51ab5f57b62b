// expect: none
// Every started booking is awaited straight away, via assert.rejects or Promise.allSettled, and the settled results are checked by status before their value or reason is read.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface ChairBooking {
  id: string;
  chairId: string;
  patientId: string;
  start: Date;
  end: Date;
  isolation: boolean;
}

interface Scheduler {
  book(req: { chairId: string; patientId: string; start: Date; hours: number; isolation?: boolean }): Promise<ChairBooking>;
  cancel(bookingId: string): Promise<void>;
  day(date: string): Promise<ChairBooking[]>;
}

declare function createScheduler(opts: { chairs: string[]; isolationChairs: string[]; turnoverMinutes: number }): Scheduler;

const DAY = '2024-11-18';

function at(hhmm: string): Date {
  return new Date(`${DAY}T${hhmm}:00`);
}

describe('dialysis chair scheduler', () => {
  let scheduler: Scheduler;

  beforeEach(() => {
    scheduler = createScheduler({ chairs: ['C1', 'C2', 'C3'], isolationChairs: ['C3'], turnoverMinutes: 30 });
  });

  it('books a four-hour session on a free chair', async () => {
    const booking = await scheduler.book({ chairId: 'C1', patientId: 'p-104', start: at('07:00'), hours: 4 });
    assert.equal(booking.chairId, 'C1');
    assert.equal(booking.end.getTime() - booking.start.getTime(), 4 * 3_600_000);
  });

  it('rejects a booking that overlaps the turnover window', async () => {
    await scheduler.book({ chairId: 'C1', patientId: 'p-104', start: at('07:00'), hours: 4 });
    const clash = scheduler.book({ chairId: 'C1', patientId: 'p-221', start: at('11:15'), hours: 4 });
    await assert.rejects(clash, /turnover/);
  });

  it('lets exactly one of two racing requests win a chair', async () => {
    const first = scheduler.book({ chairId: 'C2', patientId: 'p-301', start: at('12:00'), hours: 3 });
    const second = scheduler.book({ chairId: 'C2', patientId: 'p-302', start: at('12:00'), hours: 3 });
    const [a, b] = await Promise.allSettled([first, second]);

    const winners = [a, b].filter((r) => r.status === 'fulfilled');
    const losers = [a, b].filter((r) => r.status === 'rejected');
    assert.equal(winners.length, 1);
    assert.equal(losers.length, 1);

    if (a.status === 'fulfilled') {
      assert.equal(a.value.patientId, 'p-301');
    } else if (b.status === 'fulfilled') {
      assert.equal(b.value.patientId, 'p-302');
    }
    for (const r of losers) {
      if (r.status === 'rejected') {
        assert.match(String(r.reason), /already booked/);
      }
    }
  });

  it('keeps isolation patients on isolation chairs', async () => {
    await assert.rejects(
      scheduler.book({ chairId: 'C1', patientId: 'p-450', start: at('08:00'), hours: 4, isolation: true }),
      /isolation/,
    );
    const ok = await scheduler.book({ chairId: 'C3', patientId: 'p-450', start: at('08:00'), hours: 4, isolation: true });
    assert.equal(ok.isolation, true);
  });

  it('frees the slot after cancellation', async () => {
    const booking = await scheduler.book({ chairId: 'C2', patientId: 'p-510', start: at('15:00'), hours: 4 });
    await scheduler.cancel(booking.id);
    const day = await scheduler.day(DAY);
    assert.deepEqual(
      day.map((b) => b.id),
      [],
    );
  });
});
