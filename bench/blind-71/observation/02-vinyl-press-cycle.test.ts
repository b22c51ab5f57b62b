// expect: none
// Promises started before triggering the press are awaited (or handed to assert.rejects) right after synchronous calls, with no await in between.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter, once } from "node:events";

interface PressCycle {
  stamperId: string;
  pucksGrams: number;
  steamSec: number;
  coolSec: number;
}

class RecordPress extends EventEmitter {
  private stamperHits = new Map<string, number>();

  run(cycle: PressCycle): void {
    if (cycle.pucksGrams < 120) {
      queueMicrotask(() => this.emit("reject", new Error(`puck too light: ${cycle.pucksGrams}g`)));
      return;
    }
    const hits = (this.stamperHits.get(cycle.stamperId) ?? 0) + 1;
    this.stamperHits.set(cycle.stamperId, hits);
    setImmediate(() => this.emit("pressed", { stamperId: cycle.stamperId, hits }));
  }

  async runChecked(cycle: PressCycle): Promise<number> {
    if (cycle.steamSec + cycle.coolSec > 40) {
      throw new Error(`cycle too long: ${cycle.steamSec + cycle.coolSec}s`);
    }
    if (cycle.pucksGrams < 120) {
      throw new Error(`puck too light: ${cycle.pucksGrams}g`);
    }
    const pressed = once(this, "pressed");
    this.run(cycle);
    const [event] = (await pressed) as [{ hits: number }];
    return event.hits;
  }
}

describe("record press cycle", () => {
  let press: RecordPress;

  beforeEach(() => {
    press = new RecordPress();
  });

  it("emits pressed with a running hit count per stamper", async () => {
    const first = once(press, "pressed");
    press.run({ stamperId: "A-side-12", pucksGrams: 180, steamSec: 12, coolSec: 18 });
    const [event] = await first;
    assert.deepEqual(event, { stamperId: "A-side-12", hits: 1 });

    const second = once(press, "pressed");
    press.run({ stamperId: "A-side-12", pucksGrams: 180, steamSec: 12, coolSec: 18 });
    const [again] = await second;
    assert.equal(again.hits, 2);
  });

  it("rejects pucks that are too light", async () => {
    const rejected = once(press, "reject");
    press.run({ stamperId: "B-side-03", pucksGrams: 90, steamSec: 12, coolSec: 18 });
    const [err] = await rejected;
    assert.match((err as Error).message, /puck too light: 90g/);
  });

  it("refuses cycles that would overheat the stamper", async () => {
    const attempt = press.runChecked({ stamperId: "A-side-12", pucksGrams: 180, steamSec: 25, coolSec: 25 });
    await assert.rejects(attempt, /cycle too long: 50s/);
  });

  it("counts stampers independently", async () => {
    const hits = await press.runChecked({ stamperId: "C-side-01", pucksGrams: 160, steamSec: 10, coolSec: 20 });
    const other = await press.runChecked({ stamperId: "D-side-01", pucksGrams: 160, steamSec: 10, coolSec: 20 });
    assert.deepEqual([hits, other], [1, 1]);
  });
});
