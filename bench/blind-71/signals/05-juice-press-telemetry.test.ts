// expect: no-leaked-race
// waitForReady races once(kiosk, 'ready') against a 2s timers/promises delay that is never cancelled, so the losing timer keeps running after every test.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter, once } from "node:events";
import { setTimeout as delay } from "node:timers/promises";

interface TelemetryFrame {
  kioskId: string;
  orangesPerMin: number;
  pulpPct: number;
  coolerC: number;
}

class KioskSimulator extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;

  constructor(readonly kioskId: string, private readonly bootMs: number) {
    super();
  }

  boot(): void {
    this.timer = setTimeout(() => this.emit("ready", { kioskId: this.kioskId }), this.bootMs);
  }

  push(frame: Omit<TelemetryFrame, "kioskId">): void {
    const full = { kioskId: this.kioskId, ...frame };
    if (full.coolerC > 6) {
      this.emit("alarm", full);
    }
    this.emit("frame", full);
  }

  shutdown(): void {
    clearTimeout(this.timer);
    this.removeAllListeners();
  }
}

async function waitForReady(kiosk: KioskSimulator, timeoutMs = 2000): Promise<void> {
  await Promise.race([
    once(kiosk, "ready"),
    delay(timeoutMs).then(() => {
      throw new Error(`kiosk ${kiosk.kioskId} did not boot within ${timeoutMs}ms`);
    }),
  ]);
}

describe("juice kiosk telemetry", () => {
  let kiosk: KioskSimulator;

  beforeEach(async () => {
    kiosk = new KioskSimulator("k-17", 10);
    kiosk.boot();
    await waitForReady(kiosk);
  });

  afterEach(() => {
    kiosk.shutdown();
  });

  it("forwards frames with the kiosk id attached", async () => {
    const next = once(kiosk, "frame");
    kiosk.push({ orangesPerMin: 14, pulpPct: 8, coolerC: 4 });
    const [frame] = (await next) as [TelemetryFrame];
    assert.equal(frame.kioskId, "k-17");
    assert.equal(frame.orangesPerMin, 14);
  });

  it("raises an alarm when the cooler warms up", async () => {
    const alarm = once(kiosk, "alarm");
    kiosk.push({ orangesPerMin: 9, pulpPct: 12, coolerC: 7.5 });
    const [frame] = (await alarm) as [TelemetryFrame];
    assert.ok(frame.coolerC > 6);
  });

  it("keeps pulp readings on the frame untouched", async () => {
    const next = once(kiosk, "frame");
    kiosk.push({ orangesPerMin: 11, pulpPct: 5, coolerC: 3 });
    const [frame] = (await next) as [TelemetryFrame];
    assert.deepEqual(frame, { kioskId: "k-17", orangesPerMin: 11, pulpPct: 5, coolerC: 3 });
  });

  it("times out a kiosk that never boots", async () => {
    const stuck = new KioskSimulator("k-99", 60_000);
    await assert.rejects(waitForReady(stuck, 30), /k-99 did not boot within 30ms/);
    stuck.shutdown();
  });
});
