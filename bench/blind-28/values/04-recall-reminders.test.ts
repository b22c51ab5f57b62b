// expect: none
// Correct: every async scheduler call is awaited before its result is asserted, and the mock's captured payload is read after the awaited flush.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  toContain(item: unknown): void;
};

interface Patient {
  id: string;
  name: string;
  phone: string;
  lastHygieneVisit: Date;
  optedOutSms: boolean;
}

interface SmsMessage {
  to: string;
  body: string;
}

class RecallScheduler {
  readonly outbox: SmsMessage[] = [];

  constructor(
    private readonly patients: () => Promise<Patient[]>,
    private readonly send: (msg: SmsMessage) => Promise<void>,
    private readonly intervalMonths = 6,
  ) {}

  async due(today: Date): Promise<Patient[]> {
    const all = await this.patients();
    return all.filter((p) => {
      const next = new Date(p.lastHygieneVisit);
      next.setMonth(next.getMonth() + this.intervalMonths);
      return next <= today && !p.optedOutSms;
    });
  }

  async flush(today: Date): Promise<number> {
    const due = await this.due(today);
    for (const p of due) {
      const msg = { to: p.phone, body: `Hi ${p.name}, you're due for a cleaning. Reply BOOK to schedule.` };
      await this.send(msg);
      this.outbox.push(msg);
    }
    return due.length;
  }
}

const visit = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe("RecallScheduler", () => {
  let sent: SmsMessage[];
  let scheduler: RecallScheduler;

  beforeEach(() => {
    sent = [];
    const roster: Patient[] = [
      { id: "p1", name: "Ana", phone: "+3511", lastHygieneVisit: visit("2024-01-10"), optedOutSms: false },
      { id: "p2", name: "Bram", phone: "+3512", lastHygieneVisit: visit("2024-05-02"), optedOutSms: false },
      { id: "p3", name: "Chidi", phone: "+3513", lastHygieneVisit: visit("2023-11-20"), optedOutSms: true },
    ];
    scheduler = new RecallScheduler(
      async () => roster,
      async (msg) => {
        sent.push(msg);
      },
    );
  });

  it("lists only patients past their recall interval who accept SMS", async () => {
    const due = await scheduler.due(visit("2024-08-01"));
    expect(due.map((p) => p.id)).toEqual(["p1"]);
  });

  it("sends one reminder per due patient", async () => {
    const count = await scheduler.flush(visit("2024-12-01"));
    expect(count).toBe(2);
    expect(sent).toHaveLength(2);
    expect(sent.map((m) => m.to)).toContain("+3512");
    expect(scheduler.outbox).toEqual(sent);
  });

  it("sends nothing when nobody is due", async () => {
    const count = await scheduler.flush(visit("2024-02-01"));
    expect(count).toBe(0);
    expect(sent).toEqual([]);
  });
});
