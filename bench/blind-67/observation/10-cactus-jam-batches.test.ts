// expect: none
// Every async hook and subtest is awaited or returned (await t.test, async t.beforeEach, assert.rejects awaited or returned), so no promise in the suite is dropped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface Batch {
  code: string;
  variety: "prickly-pear" | "saguaro";
  fruitKg: number;
  sugarKg: number;
  pectinG: number;
}

class JamKitchen {
  private batches = new Map<string, Batch>();
  private stoveFree = true;

  async reset(): Promise<void> {
    await delay(1);
    this.batches.clear();
    this.stoveFree = true;
  }

  async startBatch(batch: Batch): Promise<void> {
    await delay(1);
    if (!this.stoveFree) throw new Error("stove busy");
    if (batch.sugarKg / batch.fruitKg < 0.55) throw new Error(`batch ${batch.code}: too little sugar to set`);
    this.stoveFree = false;
    this.batches.set(batch.code, batch);
  }

  async finishBatch(code: string): Promise<number> {
    await delay(1);
    const batch = this.batches.get(code);
    if (!batch) throw new Error(`unknown batch ${code}`);
    this.stoveFree = true;
    const litres = (batch.fruitKg + batch.sugarKg) * 0.72;
    return Math.floor(litres / 0.25);
  }
}

const kitchen = new JamKitchen();

test("jam batches", async (t) => {
  t.beforeEach(async () => {
    await kitchen.reset();
  });

  await t.test("yields 250ml jars from fruit and sugar", async () => {
    await kitchen.startBatch({ code: "PP-01", variety: "prickly-pear", fruitKg: 10, sugarKg: 6, pectinG: 40 });
    const jars = await kitchen.finishBatch("PP-01");
    assert.equal(jars, 46);
  });

  await t.test("refuses a second batch while the stove is busy", async () => {
    await kitchen.startBatch({ code: "SG-01", variety: "saguaro", fruitKg: 4, sugarKg: 3, pectinG: 20 });
    await assert.rejects(
      kitchen.startBatch({ code: "SG-02", variety: "saguaro", fruitKg: 4, sugarKg: 3, pectinG: 20 }),
      /stove busy/,
    );
  });

  await t.test("refuses under-sugared batches", async () => {
    await assert.rejects(
      kitchen.startBatch({ code: "PP-02", variety: "prickly-pear", fruitKg: 10, sugarKg: 4, pectinG: 40 }),
      /too little sugar/,
    );
  });

  await t.test("rejects finishing an unknown batch", () => {
    return assert.rejects(kitchen.finishBatch("nope"), /unknown batch nope/);
  });
});
