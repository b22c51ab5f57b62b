// expect: no-unobserved-promise
// issue() starts the waiver lookup before awaiting the booking, so the waiver promise sits without a handler while the booking is awaited and is abandoned entirely when the booking is missing.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  id: string;
  lead: string;
  partySize: number;
  tourSlot: string;
  route: 'ossuary' | 'crypt-chapel' | 'deep-galleries';
}

interface Waiver {
  bookingId: string;
  signed: string[];
}

interface BookingStore {
  getBooking(id: string): Promise<Booking | undefined>;
  getWaiver(id: string): Promise<Waiver>;
}

interface Ticket {
  bookingId: string;
  route: Booking['route'];
  admits: number;
  helmetsRequired: boolean;
}

class TicketDesk {
  constructor(private readonly store: BookingStore) {}

  async issue(bookingId: string): Promise<Ticket> {
    const waiverP = this.store.getWaiver(bookingId);
    const booking = await this.store.getBooking(bookingId);
    if (!booking) {
      throw new Error(`no booking ${bookingId}`);
    }
    const waiver = await waiverP;
    if (booking.route === 'deep-galleries' && waiver.signed.length < booking.partySize) {
      throw new Error(`booking ${bookingId}: ${booking.partySize - waiver.signed.length} waiver(s) unsigned`);
    }
    return {
      bookingId,
      route: booking.route,
      admits: booking.partySize,
      helmetsRequired: booking.route !== 'ossuary',
    };
  }
}

class MemoryStore implements BookingStore {
  readonly bookings = new Map<string, Booking>();
  readonly waivers = new Map<string, Waiver>();

  async getBooking(id: string): Promise<Booking | undefined> {
    return this.bookings.get(id);
  }

  async getWaiver(id: string): Promise<Waiver> {
    return this.waivers.get(id) ?? { bookingId: id, signed: [] };
  }
}

describe('TicketDesk.issue', () => {
  let store: MemoryStore;
  let desk: TicketDesk;

  before(() => {
    store = new MemoryStore();
    desk = new TicketDesk(store);
    store.bookings.set('B-100', { id: 'B-100', lead: 'Fournier', partySize: 3, tourSlot: '10:30', route: 'ossuary' });
    store.bookings.set('B-200', { id: 'B-200', lead: 'Halloran', partySize: 2, tourSlot: '14:00', route: 'deep-galleries' });
    store.bookings.set('B-300', { id: 'B-300', lead: 'Szabo', partySize: 2, tourSlot: '15:00', route: 'deep-galleries' });
    store.waivers.set('B-300', { bookingId: 'B-300', signed: ['Szabo', 'Szabo Jr.'] });
  });

  after(() => {
    store.bookings.clear();
    store.waivers.clear();
  });

  test('issues an ossuary ticket without waivers or helmets', async () => {
    const ticket = await desk.issue('B-100');
    assert.deepEqual(ticket, { bookingId: 'B-100', route: 'ossuary', admits: 3, helmetsRequired: false });
  });

  test('refuses the deep galleries until every visitor has signed', async () => {
    await assert.rejects(desk.issue('B-200'), /2 waiver\(s\) unsigned/);
  });

  test('issues a deep galleries ticket when all waivers are in', async () => {
    const ticket = await desk.issue('B-300');
    assert.equal(ticket.helmetsRequired, true);
    assert.equal(ticket.admits, 2);
  });

  test('rejects unknown bookings', async () => {
    await assert.rejects(desk.issue('B-999'), /no booking B-999/);
  });
});
