// expect: no-floating-promises
// assert.rejects(...) in the cancelled-appointment test is not awaited, so its result is dropped and the test passes before the assertion settles.
import assert from 'node:assert/strict';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;

interface Appointment {
  id: string;
  patientPhone: string;
  startsAt: Date;
  status: 'booked' | 'cancelled' | 'completed';
  clinic: string;
}

interface SmsGateway {
  send(to: string, body: string): Promise<{ messageId: string }>;
}

declare class ReminderScheduler {
  constructor(sms: SmsGateway, now: () => Date);
  schedule(appt: Appointment): Promise<{ sendAt: Date }>;
  flushDue(): Promise<number>;
}

class FakeSms implements SmsGateway {
  sent: Array<{ to: string; body: string }> = [];
  failNext = false;

  async send(to: string, body: string): Promise<{ messageId: string }> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('gateway 503');
    }
    this.sent.push({ to, body });
    return { messageId: `m-${this.sent.length}` };
  }
}

function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: 'apt-1001',
    patientPhone: '+15555550123',
    startsAt: new Date('2024-03-14T09:30:00Z'),
    status: 'booked',
    clinic: 'Harbourside Dental',
    ...overrides,
  };
}

describe('ReminderScheduler', () => {
  let sms: FakeSms;
  let now: Date;
  let scheduler: ReminderScheduler;

  beforeEach(() => {
    sms = new FakeSms();
    now = new Date('2024-03-12T08:00:00Z');
    scheduler = new ReminderScheduler(sms, () => now);
  });

  it('schedules the reminder 24 hours before the appointment', async () => {
    const { sendAt } = await scheduler.schedule(appointment());
    assert.equal(sendAt.toISOString(), '2024-03-13T09:30:00.000Z');
  });

  it('sends due reminders when flushed', async () => {
    await scheduler.schedule(appointment());
    now = new Date('2024-03-13T10:00:00Z');
    const count = await scheduler.flushDue();
    assert.equal(count, 1);
    assert.match(sms.sent[0]?.body ?? '', /Harbourside Dental/);
  });

  it('keeps a reminder queued when the gateway fails', async () => {
    await scheduler.schedule(appointment());
    now = new Date('2024-03-13T10:00:00Z');
    sms.failNext = true;
    assert.equal(await scheduler.flushDue(), 0);
    assert.equal(await scheduler.flushDue(), 1);
  });

  it('refuses to schedule reminders for cancelled appointments', async () => {
    assert.rejects(scheduler.schedule(appointment({ status: 'cancelled' })), /cancelled/);
    assert.equal(sms.sent.length, 0);
  });

  it('rejects appointments that already started', async () => {
    now = new Date('2024-03-14T10:00:00Z');
    await assert.rejects(() => scheduler.schedule(appointment()), {
      message: /in the past/,
    });
  });
});
