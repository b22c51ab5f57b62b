// expect: none
// The oil-temperature read starts early but gets its rejection handler attached in the same statement, so nothing can reject unobserved during the later awaits.
import { test } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

type OilReading = { ok: true; celsius: number } | { ok: false; error: Error };

interface Thermocouple {
  readCelsius(): Promise<number>;
}

interface BasketLift {
  lower(basket: number): Promise<void>;
  raise(basket: number): Promise<void>;
}

async function fryBatch(
  probe: Thermocouple,
  lift: BasketLift,
  basket: number,
  cookMs: number,
): Promise<{ cookedMs: number; oil: OilReading }> {
  const oil: Promise<OilReading> = probe.readCelsius().then(
    (celsius): OilReading => ({ ok: true, celsius }),
    (error: unknown): OilReading => ({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
  );

  const started = Date.now();
  await lift.lower(basket);
  await sleep(cookMs);
  await lift.raise(basket);
  return { cookedMs: Date.now() - started, oil: await oil };
}

function fakeLift(log: string[]): BasketLift {
  return {
    async lower(basket) {
      log.push(`lower:${basket}`);
    },
    async raise(basket) {
      log.push(`raise:${basket}`);
    },
  };
}

test("fries a batch and reports the oil temperature", async () => {
  const log: string[] = [];
  const probe: Thermocouple = { readCelsius: async () => 176 };
  const result = await fryBatch(probe, fakeLift(log), 2, 20);
  assert.deepEqual(log, ["lower:2", "raise:2"]);
  assert.ok(result.cookedMs >= 20);
  assert.deepEqual(result.oil, { ok: true, celsius: 176 });
});

test("still raises the basket when the thermocouple fails mid-batch", async () => {
  const log: string[] = [];
  const probe: Thermocouple = {
    async readCelsius() {
      await sleep(1);
      throw new Error("probe disconnected");
    },
  };
  const result = await fryBatch(probe, fakeLift(log), 1, 15);
  assert.deepEqual(log, ["lower:1", "raise:1"]);
  assert.equal(result.oil.ok, false);
  if (!result.oil.ok) assert.match(result.oil.error.message, /probe disconnected/);
});

test("keeps batches on separate baskets independent", async () => {
  const log: string[] = [];
  const probe: Thermocouple = { readCelsius: async () => 181 };
  const [left, right] = await Promise.all([
    fryBatch(probe, fakeLift(log), 1, 10),
    fryBatch(probe, fakeLift(log), 2, 25),
  ]);
  assert.ok(right.cookedMs > left.cookedMs);
  assert.equal(log.filter((entry) => entry.startsWith("raise")).length, 2);
});
