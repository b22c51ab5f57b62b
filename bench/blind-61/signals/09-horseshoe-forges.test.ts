// expect: require-signal-propagation
// waitForHeat passes its signal to the poll delay but not to forge.readThermocouple, which accepts one, so an aborted wait still sits on a slow thermocouple read.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as delay } from "node:timers/promises";

interface ReadOptions {
  signal?: AbortSignal;
}

class FakeForge {
  tempC = 20;
  readLatencyMs = 2;
  private heater?: NodeJS.Timeout;

  ignite(degreesPerTick: number): void {
    this.heater = setInterval(() => {
      this.tempC = Math.min(1_350, this.tempC + degreesPerTick);
    }, 5);
  }

  douse(): void {
    if (this.heater) clearInterval(this.heater);
    this.heater = undefined;
  }

  async readThermocouple(channel: number, options: ReadOptions = {}): Promise<number> {
    if (channel < 0 || channel > 3) throw new RangeError(`no thermocouple on channel ${channel}`);
    await delay(this.readLatencyMs, undefined, { signal: options.signal });
    return this.tempC;
  }
}

async function waitForHeat(
  forge: FakeForge,
  targetC: number,
  { signal, pollMs = 10 }: { signal: AbortSignal; pollMs?: number },
): Promise<number> {
  for (;;) {
    signal.throwIfAborted();
    const temp = await forge.readThermocouple(0);
    if (temp >= targetC) return temp;
    await delay(pollMs, undefined, { signal });
  }
}

describe("forge heat-up", () => {
  let forge: FakeForge;
  let controller: AbortController;

  beforeEach(() => {
    forge = new FakeForge();
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    forge.douse();
  });

  it("reaches forging heat for mild steel", async () => {
    forge.ignite(60);
    const temp = await waitForHeat(forge, 1_100, { signal: controller.signal });
    assert.ok(temp >= 1_100, `forge only reached ${temp} °C`);
  });

  it("caps at the forge maximum", async () => {
    forge.ignite(400);
    const temp = await waitForHeat(forge, 1_300, { signal: controller.signal });
    assert.ok(temp <= 1_350);
  });

  it("stops waiting when aborted", async () => {
    forge.ignite(1);
    const waiting = waitForHeat(forge, 1_200, { signal: controller.signal, pollMs: 5 });
    setTimeout(() => controller.abort(), 30);
    await assert.rejects(waiting, { name: "AbortError" });
    assert.ok(forge.tempC < 1_200);
  });

  it("rejects an unknown thermocouple channel", async () => {
    await assert.rejects(forge.readThermocouple(7), RangeError);
  });
});
