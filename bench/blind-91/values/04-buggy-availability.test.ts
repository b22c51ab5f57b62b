// expect: no-promise-as-value
// fleet.isAvailable() is async, so assert.ok(fleet.isAvailable(...)) checks a Promise object, which is always truthy; the test passes even when the buggy is booked.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  buggyId: string;
  from: Date;
  to: Date;
  guide: string;
}

interface ServiceWindow {
  buggyId: string;
  until: Date;
}

class FleetCalendar {
  private bookings: Booking[] = [];
  private service: ServiceWindow[] = [];

  constructor(private readonly load: () => Promise<{ bookings: Booking[]; service: ServiceWindow[] }>) {}

  async refresh(): Promise<void> {
    const data = await this.load();
    this.bookings = data.bookings;
    this.service = data.service;
  }

  async isAvailable(buggyId: string, from: Date, to: Date): Promise<boolean> {
    await this.refresh();
    const inService = this.service.some((s) => s.buggyId === buggyId && s.until > from);
    if (inService) return false;
    return !this.bookings.some((b) => b.buggyId === buggyId && b.from < to && from < b.to);
  }

  clear(): void {
    this.bookings = [];
    this.service = [];
  }
}

const at = (hhmm: string) => new Date(`2024-06-01T${hhmm}:00Z`);

describe('FleetCalendar.isAvailable', () => {
  let calendar: FleetCalendar;
  let bookings: Booking[];
  let service: ServiceWindow[];

  beforeEach(() => {
    bookings = [{ buggyId: 'B7', from: at('09:00'), to: at('11:00'), guide: 'rosa' }];
    service = [{ buggyId: 'B2', until: at('12:00') }];
    calendar = new FleetCalendar(async () => ({ bookings, service }));
  });

  afterEach(() => {
    calendar.clear();
  });

  it('is free outside an existing booking', async () => {
    assert.equal(await calendar.isAvailable('B7', at('11:00'), at('13:00')), true);
  });

  it('is not free while booked', async () => {
    assert.equal(await calendar.isAvailable('B7', at('10:30'), at('12:00')), false);
  });

  it('becomes available again once back from service', () => {
    service = [{ buggyId: 'B2', until: at('08:00') }];
    assert.ok(calendar.isAvailable('B2', at('09:00'), at('10:00')));
  });

  it('is not free while in the workshop', async () => {
    const free = await calendar.isAvailable('B2', at('09:00'), at('10:00'));
    assert.equal(free, false);
  });

  it('rejects when the calendar source is down', async () => {
    calendar = new FleetCalendar(async () => {
      throw new Error('calendar offline');
    });
    await assert.rejects(calendar.isAvailable('B7', at('09:00'), at('10:00')), /calendar offline/);
  });
});
