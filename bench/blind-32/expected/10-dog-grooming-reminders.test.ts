// expect: none
// retrying() takes a factory and invokes it on every attempt, and the tests pass send functions by reference only where a callback is expected.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface Appointment {
  appointmentId: string;
  ownerPhone: string;
  dogName: string;
  service: "bath" | "full-groom" | "nail-trim" | "deshed";
  startsAt: Date;
}

type SmsSender = (to: string, body: string) => Promise<{ messageId: string }>;

async function retrying<T>(attempt: () => Promise<T>, tries: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

class ReminderService {
  readonly sent: string[] = [];

  constructor(private readonly send: SmsSender, private readonly tries = 3) {}

  reminderText(appt: Appointment): string {
    const time = appt.startsAt.toISOString().slice(11, 16);
    const service = appt.service.replace("-", " ");
    return `Hi! ${appt.dogName} is booked for a ${service} tomorrow at ${time}. Reply C to cancel.`;
  }

  async remind(appt: Appointment): Promise<string> {
    const body = this.reminderText(appt);
    const { messageId } = await retrying(() => this.send(appt.ownerPhone, body), this.tries);
    this.sent.push(appt.appointmentId);
    return messageId;
  }

  async remindAll(appts: Appointment[]): Promise<string[]> {
    const ids: string[] = [];
    for (const appt of appts) {
      ids.push(await this.remind(appt));
    }
    return ids;
  }
}

function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    appointmentId: "A-100",
    ownerPhone: "+15550100",
    dogName: "Biscuit",
    service: "full-groom",
    startsAt: new Date("2025-05-03T09:30:00Z"),
    ...overrides,
  };
}

describe("ReminderService", () => {
  let calls: Array<{ to: string; body: string }>;
  let failuresLeft: number;

  const flakySender: SmsSender = async (to, body) => {
    calls.push({ to, body });
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error("carrier timeout");
    }
    return { messageId: `msg-${calls.length}` };
  };

  beforeEach(() => {
    calls = [];
    failuresLeft = 0;
  });

  it("formats the reminder text", () => {
    const service = new ReminderService(flakySender);
    assert.match(service.reminderText(appointment()), /Biscuit is booked for a full groom tomorrow at 09:30/);
  });

  it("retries a flaky carrier with a fresh send each time", async () => {
    failuresLeft = 2;
    const service = new ReminderService(flakySender, 3);
    const id = await service.remind(appointment());
    assert.equal(id, "msg-3");
    assert.equal(calls.length, 3);
  });

  it("gives up after the configured number of tries", async () => {
    failuresLeft = 5;
    const service = new ReminderService(flakySender, 2);
    await assert.rejects(service.remind(appointment()), /carrier timeout/);
    assert.deepEqual(service.sent, []);
  });

  it("reminds every appointment in order", async () => {
    const service = new ReminderService(flakySender);
    const ids = await service.remindAll([appointment(), appointment({ appointmentId: "A-101", dogName: "Pip" })]);
    assert.deepEqual(ids, ["msg-1", "msg-2"]);
    assert.deepEqual(service.sent, ["A-100", "A-101"]);
  });
});
