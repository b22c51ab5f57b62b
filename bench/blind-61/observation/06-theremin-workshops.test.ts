// expect: none
// confirmAll checks each Promise.allSettled result's status before reading value or reason, and every promise in the tests is awaited or passed to assert.rejects.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface Attendee {
  email: string;
  ownsTheremin: boolean;
}

interface Confirmation {
  email: string;
  seat: number;
}

interface ConfirmReport {
  confirmed: Confirmation[];
  failed: Array<{ email: string; reason: string }>;
}

class FakeMailer {
  sent: string[] = [];
  bouncing = new Set<string>();

  async send(to: string, subject: string): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.bouncing.has(to)) throw new Error(`mailbox ${to} unavailable`);
    this.sent.push(`${to}: ${subject}`);
  }
}

async function confirmAll(
  mailer: FakeMailer,
  workshop: string,
  attendees: readonly Attendee[],
): Promise<ConfirmReport> {
  const settled = await Promise.allSettled(
    attendees.map(async (a, i): Promise<Confirmation> => {
      const rental = a.ownsTheremin ? "" : " (loaner instrument reserved)";
      await mailer.send(a.email, `${workshop}: seat ${i + 1}${rental}`);
      return { email: a.email, seat: i + 1 };
    }),
  );

  const report: ConfirmReport = { confirmed: [], failed: [] };
  settled.forEach((result, i) => {
    if (result.status === "fulfilled") {
      report.confirmed.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      report.failed.push({ email: attendees[i].email, reason });
    }
  });
  return report;
}

describe("workshop confirmations", () => {
  let mailer: FakeMailer;
  const attendees: Attendee[] = [
    { email: "clara@example.org", ownsTheremin: true },
    { email: "leon@example.org", ownsTheremin: false },
    { email: "lydia@example.org", ownsTheremin: false },
  ];

  beforeEach(() => {
    mailer = new FakeMailer();
  });

  it("confirms every attendee when mail is healthy", async () => {
    const report = await confirmAll(mailer, "Intro to Pitch Antennas", attendees);
    assert.equal(report.confirmed.length, 3);
    assert.deepEqual(report.failed, []);
    assert.match(mailer.sent[1], /loaner instrument reserved/);
  });

  it("reports bounced addresses without losing the others", async () => {
    mailer.bouncing.add("leon@example.org");
    const report = await confirmAll(mailer, "Vibrato Clinic", attendees);
    assert.deepEqual(
      report.confirmed.map((c) => c.seat),
      [1, 3],
    );
    assert.deepEqual(report.failed, [
      { email: "leon@example.org", reason: "mailbox leon@example.org unavailable" },
    ]);
  });

  it("propagates direct send failures", async () => {
    mailer.bouncing.add("clara@example.org");
    await assert.rejects(mailer.send("clara@example.org", "reminder"), /unavailable/);
  });
});
