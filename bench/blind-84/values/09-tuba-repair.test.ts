// expect: no-promise-as-value
// The warranty test passes desk.isUnderWarranty(job) (a promise) straight to assert.ok, which is always truthy, so the assertion can never fail.
import { test } from "node:test";
import assert from "node:assert/strict";

interface Instrument {
  make: string;
  serial: string;
  purchasedOn: Date;
}

interface Job {
  id: string;
  instrument: Instrument;
  work: Array<"valve-realign" | "dent-removal" | "solder-brace">;
}

interface Deps {
  warrantyMonths(make: string): Promise<number>;
  labourCents(work: Job["work"][number]): Promise<number>;
}

class RepairDesk {
  private seq = 0;

  constructor(private readonly deps: Deps, private readonly today: Date) {}

  async openJob(instrument: Instrument, work: Job["work"]): Promise<Job> {
    if (work.length === 0) throw new Error("nothing to repair");
    return { id: `T-${++this.seq}`, instrument, work };
  }

  async isUnderWarranty(job: Job): Promise<boolean> {
    const months = await this.deps.warrantyMonths(job.instrument.make);
    const expires = new Date(job.instrument.purchasedOn);
    expires.setMonth(expires.getMonth() + months);
    return expires >= this.today;
  }

  async quote(job: Job): Promise<number> {
    if (await this.isUnderWarranty(job)) return 0;
    const prices = await Promise.all(job.work.map((w) => this.deps.labourCents(w)));
    return prices.reduce((a, b) => a + b, 0);
  }
}

const deps: Deps = {
  async warrantyMonths(make) {
    return make === "Besson" ? 24 : 12;
  },
  async labourCents(work) {
    return { "valve-realign": 8_500, "dent-removal": 12_000, "solder-brace": 6_000 }[work];
  },
};

const today = new Date("2024-11-01T00:00:00Z");

test("a Besson bought last year is still under warranty", async () => {
  const desk = new RepairDesk(deps, today);
  const job = await desk.openJob(
    { make: "Besson", serial: "BE994-1182", purchasedOn: new Date("2023-06-15T00:00:00Z") },
    ["valve-realign"],
  );
  assert.ok(desk.isUnderWarranty(job));
});

test("an old instrument pays for every work item", async () => {
  const desk = new RepairDesk(deps, today);
  const job = await desk.openJob(
    { make: "Miraphone", serial: "MP-1291", purchasedOn: new Date("2019-02-01T00:00:00Z") },
    ["dent-removal", "solder-brace"],
  );
  assert.equal(await desk.isUnderWarranty(job), false);
  assert.equal(await desk.quote(job), 18_000);
});

test("a job with no work items is refused", async () => {
  const desk = new RepairDesk(deps, today);
  await assert.rejects(
    desk.openJob({ make: "Yamaha", serial: "YBB-641", purchasedOn: today }, []),
    /nothing to repair/,
  );
});
