// expect: none
// Each async result is awaited before it is asserted, and the variables filled by callbacks are read after mock.timers.tick() or emit(), which both run their callbacks synchronously, or after `await once(...)`.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface PressSlot {
  press: 'albion' | 'etching-1' | 'etching-2' | 'vandercook';
  start: Date;
  hours: number;
  member: string;
}

declare class StudioBookings extends EventEmitter {
  constructor(opts: { reminderLeadMs: number });
  book(slot: PressSlot): Promise<string>;
  cancel(bookingId: string): Promise<void>;
  isBooked(press: PressSlot['press'], at: Date): Promise<boolean>;
  close(): void;
}

const nine = new Date('2024-06-03T09:00:00Z');

describe('StudioBookings', () => {
  let studio: StudioBookings;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setTimeout', 'Date'], now: new Date('2024-06-03T07:00:00Z') });
    studio = new StudioBookings({ reminderLeadMs: 60 * 60_000 });
  });

  afterEach(() => {
    studio.close();
    mock.timers.reset();
  });

  it('marks the press as booked for the slot', async () => {
    await studio.book({ press: 'albion', start: nine, hours: 2, member: 'm-17' });
    assert.equal(await studio.isBooked('albion', new Date('2024-06-03T10:30:00Z')), true);
    assert.ok(!(await studio.isBooked('albion', new Date('2024-06-03T11:30:00Z'))));
  });

  it('sends a reminder one hour before the slot', async () => {
    let reminded: string | undefined;
    studio.on('reminder', (member: string) => {
      reminded = member;
    });
    await studio.book({ press: 'etching-1', start: nine, hours: 3, member: 'm-02' });

    mock.timers.tick(60 * 60_000 - 1);
    assert.equal(reminded, undefined);
    mock.timers.tick(1);
    assert.equal(reminded, 'm-02');
  });

  it('notifies listeners synchronously on cancellation', async () => {
    const id = await studio.book({ press: 'vandercook', start: nine, hours: 1, member: 'm-40' });
    const cancelledIds: string[] = [];
    studio.on('cancelled', (bookingId: string) => cancelledIds.push(bookingId));
    studio.emit('cancelled', 'manual-check');
    assert.deepEqual(cancelledIds, ['manual-check']);

    const cancelled = once(studio, 'cancelled');
    await studio.cancel(id);
    const [bookingId] = await cancelled;
    assert.equal(bookingId, id);
    assert.deepEqual(cancelledIds, ['manual-check', id]);
  });

  it('rejects overlapping bookings on the same press', async () => {
    await studio.book({ press: 'etching-2', start: nine, hours: 2, member: 'm-11' });
    await assert.rejects(
      studio.book({ press: 'etching-2', start: new Date('2024-06-03T10:00:00Z'), hours: 1, member: 'm-12' }),
      /etching-2 is already booked/,
    );
  });
});
