// expect: no-promise-as-value
// The safety test asserts assert.ok(gate.isLatched()) on the returned promise, which is always truthy, so the latch check can never fail.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

type GateState = "closed" | "latched" | "open";

class ChuteGate {
  private state: GateState = "closed";
  private pinEngaged = false;
  readonly history: GateState[] = [];

  constructor(readonly chute: number, private readonly faultyPin = false) {}

  async latch(): Promise<void> {
    await delay(1);
    if (this.state === "open") throw new Error(`chute ${this.chute}: cannot latch an open gate`);
    this.pinEngaged = !this.faultyPin;
    this.state = "latched";
    this.history.push(this.state);
  }

  async isLatched(): Promise<boolean> {
    await delay(1);
    return this.state === "latched" && this.pinEngaged;
  }

  async release(): Promise<void> {
    await delay(1);
    if (this.state !== "latched") throw new Error(`chute ${this.chute}: release without latch`);
    this.state = "open";
    this.pinEngaged = false;
    this.history.push(this.state);
  }

  async close(): Promise<void> {
    await delay(1);
    this.state = "closed";
    this.history.push(this.state);
  }
}

describe("chute gate latch", () => {
  let gate: ChuteGate;

  beforeEach(() => {
    gate = new ChuteGate(4);
  });

  it("latches a closed gate", async () => {
    await gate.latch();
    assert.equal(await gate.isLatched(), true);
  });

  it("keeps the pin engaged with a rider down in the chute", async () => {
    const bullChute = new ChuteGate(6);
    await bullChute.latch();
    await delay(5);
    assert.ok(bullChute.isLatched(), "pin must hold while the rider settles");
    assert.deepEqual(bullChute.history, ["latched"]);
  });

  it("reports a worn pin as not latched", async () => {
    const worn = new ChuteGate(2, true);
    await worn.latch();
    assert.equal(await worn.isLatched(), false);
  });

  it("refuses to release an unlatched gate", async () => {
    await assert.rejects(gate.release(), /release without latch/);
  });

  it("cycles latch → open → closed", async () => {
    await gate.latch();
    await gate.release();
    await gate.close();
    assert.deepEqual(gate.history, ["latched", "open", "closed"]);
    assert.equal(await gate.isLatched(), false);
  });

  it("cannot latch while the gate is open", async () => {
    await gate.latch();
    await gate.release();
    await assert.rejects(gate.latch(), /cannot latch an open gate/);
  });
});
