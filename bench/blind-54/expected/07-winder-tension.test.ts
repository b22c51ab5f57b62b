// expect: no-reused-settled-promise
// The waitForTension poll helper reads the tension once and then re-awaits that same settled promise each loop, so it never sees the string tighten.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

interface StringSpec {
  course: number;
  gauge: string;
  targetNewtons: number;
}

class FakeWinder {
  private newtons = 0;
  private timer: NodeJS.Timeout | undefined;
  running = false;

  start(ratePerTick: number, ceiling: number): void {
    this.running = true;
    this.timer = setInterval(() => {
      this.newtons = Math.min(ceiling, this.newtons + ratePerTick);
    }, 5);
  }

  stop(): void {
    this.running = false;
    clearInterval(this.timer);
  }

  async readTension(): Promise<number> {
    await sleep(1);
    return this.newtons;
  }
}

async function waitForTension(winder: FakeWinder, target: number, timeoutMs = 500): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  const reading = winder.readTension();
  while (Date.now() < deadline) {
    const newtons = await reading;
    if (newtons >= target) return newtons;
    await sleep(10);
  }
  throw new Error(`tension stayed below ${target}N for ${timeoutMs}ms`);
}

function windingPlan(spec: StringSpec): { rate: number; ceiling: number } {
  const rate = spec.gauge.startsWith("nylon") ? 4 : 9;
  return { rate, ceiling: spec.targetNewtons * 1.02 };
}

describe("harp string winder", () => {
  let winder: FakeWinder;

  beforeEach(() => {
    winder = new FakeWinder();
  });

  afterEach(() => {
    winder.stop();
  });

  it("brings a nylon treble string to pitch tension", async () => {
    const spec: StringSpec = { course: 31, gauge: "nylon-0.028", targetNewtons: 60 };
    const plan = windingPlan(spec);
    winder.start(plan.rate, plan.ceiling);
    const reached = await waitForTension(winder, spec.targetNewtons);
    assert.ok(reached >= spec.targetNewtons);
    assert.ok(reached <= plan.ceiling);
  });

  it("brings a wound bass string to pitch tension", async () => {
    const spec: StringSpec = { course: 4, gauge: "wire-wound-0.090", targetNewtons: 160 };
    const plan = windingPlan(spec);
    winder.start(plan.rate, plan.ceiling);
    const reached = await waitForTension(winder, spec.targetNewtons, 1_000);
    assert.ok(reached >= spec.targetNewtons);
  });

  it("gives up when the winder stalls below target", async () => {
    winder.start(2, 20);
    await assert.rejects(waitForTension(winder, 60, 100), /stayed below 60N/);
    assert.equal(winder.running, true);
  });
});
