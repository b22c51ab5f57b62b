// expect: none
// spinDown forwards its signal to events.once and to the timers/promises delay, and the tests expect the AbortError to surface unchanged.
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter, once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";

class DomeFan extends EventEmitter {
  rpm = 1200;
  private targetRpm = 1200;
  private ticker: NodeJS.Timeout | undefined;

  setTarget(rpm: number): void {
    this.targetRpm = rpm;
    clearInterval(this.ticker);
    this.ticker = setInterval(() => {
      const step = Math.sign(this.targetRpm - this.rpm) * Math.min(200, Math.abs(this.targetRpm - this.rpm));
      this.rpm += step;
      this.emit("rpm", this.rpm);
      if (this.rpm === this.targetRpm) {
        clearInterval(this.ticker);
        this.emit("settled", this.rpm);
      }
    }, 5);
  }

  halt(): void {
    clearInterval(this.ticker);
  }
}

async function spinDown(fan: DomeFan, { signal }: { signal: AbortSignal }): Promise<number> {
  await delay(10, undefined, { signal });
  const settled = once(fan, "settled", { signal });
  fan.setTarget(0);
  try {
    const [rpm] = (await settled) as [number];
    return rpm;
  } catch (err) {
    fan.halt();
    throw err;
  }
}

describe("dome fan spin-down", () => {
  let fan: DomeFan;

  beforeEach(() => {
    fan = new DomeFan();
  });

  it("settles at zero rpm", async () => {
    const rpm = await spinDown(fan, { signal: AbortSignal.timeout(2000) });
    assert.equal(rpm, 0);
    assert.equal(fan.rpm, 0);
  });

  it("surfaces an AbortError when the operator cancels mid-ramp", async () => {
    const controller = new AbortController();
    const pending = spinDown(fan, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(pending, { name: "AbortError" });
    assert.ok(fan.rpm > 0, "fan should be halted part-way down");
    assert.equal(fan.listenerCount("settled"), 0);
  });

  it("rejects immediately when the signal is already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(spinDown(fan, { signal: controller.signal }), { name: "AbortError" });
    assert.equal(fan.rpm, 1200);
  });
});
