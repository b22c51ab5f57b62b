// expect: no-reused-settled-promise
// waitForPressure calls gauge.readBar() once before its polling loop and re-awaits that same settled promise each iteration, so it never sees the pressure rise.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface TankSpec {
  serial: string;
  workingBar: number;
  gas: "air" | "nitrox32" | "nitrox36";
}

class FakeCompressor {
  private bar = 0;
  private timer?: NodeJS.Timeout;

  constructor(private readonly barPerTick = 20) {}

  start(): void {
    this.timer = setInterval(() => {
      this.bar = Math.min(300, this.bar + this.barPerTick);
    }, 5);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async readBar(): Promise<number> {
    await delay(1);
    return this.bar;
  }
}

async function waitForPressure(
  gauge: { readBar(): Promise<number> },
  targetBar: number,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const sample = gauge.readBar();
  while (Date.now() < deadline) {
    const bar = await sample;
    if (bar >= targetBar) return bar;
    await delay(10);
  }
  throw new Error(`pressure did not reach ${targetBar} bar within ${timeoutMs} ms`);
}

function fillTarget(tank: TankSpec, ambientC: number): number {
  // Fill slightly over working pressure when warm; it settles as the cylinder cools.
  const hotFillFactor = 1 + Math.max(0, ambientC - 15) * 0.0035;
  return Math.round(tank.workingBar * hotFillFactor);
}

describe("tank filling station", () => {
  let compressor: FakeCompressor;

  beforeEach(() => {
    compressor = new FakeCompressor();
    compressor.start();
  });

  afterEach(() => {
    compressor.stop();
  });

  it("computes a hot-fill target above working pressure", () => {
    const tank: TankSpec = { serial: "AL80-1182", workingBar: 207, gas: "air" };
    assert.equal(fillTarget(tank, 15), 207);
    assert.equal(fillTarget(tank, 35), 221);
  });

  it("reaches working pressure for an aluminium 80", async () => {
    const tank: TankSpec = { serial: "AL80-1183", workingBar: 207, gas: "air" };
    const bar = await waitForPressure(compressor, fillTarget(tank, 20), 2_000);
    assert.ok(bar >= 207, `expected at least 207 bar, got ${bar}`);
  });

  it("reaches 232 bar for a steel nitrox cylinder", async () => {
    const tank: TankSpec = { serial: "ST12-0044", workingBar: 232, gas: "nitrox32" };
    const bar = await waitForPressure(compressor, tank.workingBar, 2_000);
    assert.ok(bar >= 232);
    assert.ok(bar <= 300);
  });

  it("times out when the compressor is stopped", async () => {
    compressor.stop();
    await assert.rejects(waitForPressure(compressor, 200, 100), /did not reach 200 bar/);
  });
});
