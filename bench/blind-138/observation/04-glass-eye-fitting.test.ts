// expect: no-unobserved-promise
// In the bilateral test both schedule() promises are started but awaited one after the other, so if the right-eye booking rejects while the left is still pending its rejection has no handler yet.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface ProstheticOrder {
  orderId: string;
  patientId: string;
  eye: 'left' | 'right';
  shade: string;
}

interface Appointment {
  orderId: string;
  ocularist: string;
  date: string;
  room: number;
}

interface Calendar {
  freeSlots(ocularist: string): Promise<string[]>;
  book(ocularist: string, date: string, orderId: string): Promise<number>;
}

class FittingScheduler {
  constructor(private readonly calendar: Calendar, private readonly ocularists: string[]) {}

  async schedule(order: ProstheticOrder): Promise<Appointment> {
    for (const ocularist of this.ocularists) {
      const slots = await this.calendar.freeSlots(ocularist);
      const date = slots[0];
      if (!date) continue;
      const room = await this.calendar.book(ocularist, date, order.orderId);
      return { orderId: order.orderId, ocularist, date, room };
    }
    throw new Error(`No ocularist available for ${order.orderId} (${order.eye} eye)`);
  }
}

class InMemoryCalendar implements Calendar {
  readonly bookings: Array<{ ocularist: string; date: string; orderId: string }> = [];

  constructor(private readonly slots: Map<string, string[]>, private readonly latencyMs = 5) {}

  async freeSlots(ocularist: string): Promise<string[]> {
    await delay(this.latencyMs);
    const taken = new Set(this.bookings.filter((b) => b.ocularist === ocularist).map((b) => b.date));
    return (this.slots.get(ocularist) ?? []).filter((d) => !taken.has(d));
  }

  async book(ocularist: string, date: string, orderId: string): Promise<number> {
    await delay(this.latencyMs);
    this.bookings.push({ ocularist, date, orderId });
    return 100 + this.bookings.length;
  }
}

describe('FittingScheduler', () => {
  let calendar: InMemoryCalendar;
  let scheduler: FittingScheduler;

  before(() => {
    calendar = new InMemoryCalendar(
      new Map([
        ['Ingrid Vass', ['2025-03-04', '2025-03-11']],
        ['Tomas Reyes', ['2025-03-05']],
      ]),
    );
    scheduler = new FittingScheduler(calendar, ['Ingrid Vass', 'Tomas Reyes']);
  });

  after(() => {
    calendar.bookings.length = 0;
  });

  test('books the first free ocularist slot', async () => {
    const appt = await scheduler.schedule({ orderId: 'GE-101', patientId: 'P-7', eye: 'left', shade: 'HZ-14' });
    assert.equal(appt.ocularist, 'Ingrid Vass');
    assert.equal(appt.date, '2025-03-04');
  });

  test('fits both eyes of a bilateral order', async () => {
    const base = { patientId: 'P-8', shade: 'BL-03' };
    const left = scheduler.schedule({ ...base, orderId: 'GE-102', eye: 'left' });
    const right = scheduler.schedule({ ...base, orderId: 'GE-103', eye: 'right' });
    const leftAppt = await left;
    const rightAppt = await right;
    assert.notEqual(leftAppt.orderId, rightAppt.orderId);
    assert.ok(calendar.bookings.some((b) => b.orderId === 'GE-103'));
  });

  test('rejects when nobody has a free slot', async () => {
    const empty = new FittingScheduler(new InMemoryCalendar(new Map()), ['Ingrid Vass']);
    await assert.rejects(
      empty.schedule({ orderId: 'GE-999', patientId: 'P-9', eye: 'right', shade: 'GR-01' }),
      /No ocularist available/,
    );
  });
});
