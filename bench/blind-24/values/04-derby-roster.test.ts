// expect: none
// Correct: every async roster call is awaited before its result is asserted, and assert.rejects is given the promise on purpose.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface Skater {
  number: string;
  derbyName: string;
  clearedUntil: Date;
}

class BoutRoster {
  private readonly skaters = new Map<string, Skater>();
  private locked = false;

  async addSkater(skater: Skater): Promise<void> {
    await Promise.resolve();
    if (this.locked) throw new Error("roster is locked for this bout");
    if (this.skaters.has(skater.number)) {
      throw new Error(`duplicate jersey number ${skater.number}`);
    }
    this.skaters.set(skater.number, skater);
  }

  async isEligible(number: string, boutDate: Date): Promise<boolean> {
    await Promise.resolve();
    const skater = this.skaters.get(number);
    return skater !== undefined && skater.clearedUntil >= boutDate;
  }

  async lock(): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.locked = true;
    return this.skaters.size;
  }
}

const boutDate = new Date("2024-05-18T19:00:00Z");

describe("BoutRoster", () => {
  let roster: BoutRoster;

  beforeEach(async () => {
    roster = new BoutRoster();
    await roster.addSkater({ number: "12", derbyName: "Jam Solo", clearedUntil: new Date("2024-12-31") });
    await roster.addSkater({ number: "404", derbyName: "Not Found", clearedUntil: new Date("2024-03-01") });
  });

  it("accepts skaters with a current medical clearance", async () => {
    assert.ok(await roster.isEligible("12", boutDate));
  });

  it("rejects skaters whose clearance lapsed before the bout", async () => {
    const eligible = await roster.isEligible("404", boutDate);
    assert.equal(eligible, false);
  });

  it("refuses duplicate jersey numbers", async () => {
    await assert.rejects(
      roster.addSkater({ number: "12", derbyName: "Copycat", clearedUntil: new Date("2025-01-01") }),
      /duplicate jersey number 12/,
    );
  });

  it("reports the final headcount when locking", async () => {
    const locking = roster.lock();
    const unknownSkater = await roster.isEligible("77", boutDate);
    assert.equal(unknownSkater, false);

    assert.equal(await locking, 2);
    await assert.rejects(
      roster.addSkater({ number: "88", derbyName: "Late Whistle", clearedUntil: new Date("2025-01-01") }),
      /locked/,
    );
  });
});
