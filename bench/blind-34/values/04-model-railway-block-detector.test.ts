// expect: no-promise-as-value
// assert.ok(detector.isBlockClear(...)) checks the returned Promise object, which is always truthy, so the "clear after departure" test cannot fail.
import { test, describe, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

type BlockId = `B${number}`;

class TrackBus extends EventEmitter {
  private readonly occupancy = new Map<BlockId, string | null>();

  async query(block: BlockId): Promise<string | null> {
    await new Promise((r) => setImmediate(r));
    return this.occupancy.get(block) ?? null;
  }

  enter(block: BlockId, loco: string): void {
    this.occupancy.set(block, loco);
    this.emit("occupied", block, loco);
  }

  leave(block: BlockId): void {
    this.occupancy.set(block, null);
    this.emit("cleared", block);
  }
}

class BlockDetector {
  constructor(private readonly bus: TrackBus) {}

  async isBlockClear(block: BlockId): Promise<boolean> {
    return (await this.bus.query(block)) === null;
  }

  async occupant(block: BlockId): Promise<string | null> {
    return this.bus.query(block);
  }

  async clearRoute(blocks: BlockId[]): Promise<boolean> {
    for (const block of blocks) {
      if (!(await this.isBlockClear(block))) return false;
    }
    return true;
  }
}

describe("block occupancy detection", () => {
  let bus: TrackBus;
  let detector: BlockDetector;

  beforeEach(() => {
    bus = new TrackBus();
    detector = new BlockDetector(bus);
  });

  test("reports the occupying locomotive", async () => {
    bus.enter("B4", "Class 37 #37025");
    assert.equal(await detector.occupant("B4"), "Class 37 #37025");
    assert.equal(await detector.isBlockClear("B4"), false);
  });

  test("block is clear after departure", async () => {
    bus.enter("B7", "Pannier 5700");
    bus.leave("B7");
    assert.ok(detector.isBlockClear("B7"));
  });

  test("route blocked by any occupied block", async () => {
    bus.enter("B2", "Deltic");
    assert.equal(await detector.clearRoute(["B1", "B2", "B3"]), false);
    bus.leave("B2");
    assert.equal(await detector.clearRoute(["B1", "B2", "B3"]), true);
  });
});
