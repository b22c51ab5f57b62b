// expect: no-promise-as-value
// The cancellation test passes the un-awaited isSlotFree() promise to assert.ok, so the assertion always passes.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  id: string;
  room: string;
  slot: string;
  party: number;
  leadEmail: string;
}

class RoomScheduler {
  private nextId = 1;
  private readonly bookings = new Map<string, Booking>();

  constructor(private readonly capacities: Record<string, number>) {}

  private async persist(): Promise<void> {
    // stands in for the write to the bookings table
    await new Promise((resolve) => setImmediate(resolve));
  }

  async book(room: string, slot: string, party: number, leadEmail: string): Promise<Booking> {
    const max = this.capacities[room];
    if (max === undefined) throw new Error(`No such room: ${room}`);
    if (party > max) throw new Error(`${room} takes at most ${max} players`);
    if (!(await this.isSlotFree(room, slot))) throw new Error(`${room} is already booked at ${slot}`);
    const booking: Booking = { id: `BK${this.nextId++}`, room, slot, party, leadEmail };
    this.bookings.set(booking.id, booking);
    await this.persist();
    return booking;
  }

  async cancel(id: string): Promise<void> {
    if (!this.bookings.has(id)) throw new Error(`Unknown booking ${id}`);
    await this.persist();
    this.bookings.delete(id);
  }

  async isSlotFree(room: string, slot: string): Promise<boolean> {
    await this.persist();
    for (const b of this.bookings.values()) {
      if (b.room === room && b.slot === slot) return false;
    }
    return true;
  }
}

describe('RoomScheduler', () => {
  let rooms: RoomScheduler;
  const slot = '2024-11-02T19:30';

  beforeEach(() => {
    rooms = new RoomScheduler({ pharaoh: 6, submarine: 4, 'haunted-library': 8 });
  });

  it('books an empty slot', async () => {
    const booking = await rooms.book('pharaoh', slot, 5, 'lead@example.com');
    assert.equal(booking.room, 'pharaoh');
    assert.equal(await rooms.isSlotFree('pharaoh', slot), false);
  });

  it('refuses parties larger than the room', async () => {
    await assert.rejects(rooms.book('submarine', slot, 6, 'big@example.com'), /at most 4/);
  });

  it('refuses double bookings', async () => {
    await rooms.book('haunted-library', slot, 3, 'a@example.com');
    await assert.rejects(rooms.book('haunted-library', slot, 2, 'b@example.com'), /already booked/);
  });

  it('frees the slot again after cancelling', async () => {
    const booking = await rooms.book('pharaoh', slot, 4, 'team@example.com');
    await rooms.cancel(booking.id);
    assert.ok(rooms.isSlotFree('pharaoh', slot));
  });

  it('rejects cancelling unknown bookings', async () => {
    await assert.rejects(rooms.cancel('BK999'), /Unknown booking/);
  });
});
