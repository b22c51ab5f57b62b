// expect: none
// Correct: values set in the "reading"/"first-crack" listeners are asserted only after awaiting once(...) on the emitter, and pending promises are collected and awaited together.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter, once } from "node:events";

interface ProbeReading {
  elapsedS: number;
  beanTempC: number;
}

class RoastMonitor extends EventEmitter {
  private last: ProbeReading | null = null;
  private crackAt: number | null = null;

  constructor(private readonly crackRiseThreshold = 3) {
    super();
  }

  feed(reading: ProbeReading): void {
    const prev = this.last;
    this.last = reading;
    this.emit("reading", reading);
    if (prev && this.crackAt === null) {
      const ror = ((reading.beanTempC - prev.beanTempC) / (reading.elapsedS - prev.elapsedS)) * 60;
      // Rate of rise flattens right before the audible crack.
      if (reading.beanTempC > 190 && ror < this.crackRiseThreshold) {
        this.crackAt = reading.elapsedS;
        this.emit("first-crack", reading.elapsedS);
      }
    }
  }

  developmentRatio(dropS: number): number | null {
    return this.crackAt === null ? null : (dropS - this.crackAt) / dropS;
  }
}

function replay(monitor: RoastMonitor, temps: number[], stepS = 30): void {
  temps.forEach((t, i) => {
    setTimeout(() => monitor.feed({ elapsedS: (i + 1) * stepS, beanTempC: t }), i * 2);
  });
}

describe("RoastMonitor", () => {
  it("records every probe reading", async () => {
    const monitor = new RoastMonitor();
    const seen: number[] = [];
    monitor.on("reading", (r: ProbeReading) => seen.push(r.beanTempC));

    const lastReading = new Promise<void>((resolve) => {
      monitor.on("reading", (r: ProbeReading) => {
        if (r.elapsedS === 90) resolve();
      });
    });
    replay(monitor, [150, 160, 168]);
    await lastReading;

    assert.deepEqual(seen, [150, 160, 168]);
  });

  it("detects first crack when rate of rise flattens", async () => {
    const monitor = new RoastMonitor();
    let crackAt = -1;
    monitor.on("first-crack", (s: number) => {
      crackAt = s;
    });

    const crack = once(monitor, "first-crack");
    replay(monitor, [170, 180, 189, 195, 196.2, 197]);
    const [elapsed] = await crack;

    assert.equal(elapsed, 150);
    assert.equal(crackAt, 150);
    assert.equal(monitor.developmentRatio(600), 0.75);
  });

  it("handles several roasters in parallel", async () => {
    const monitors = [new RoastMonitor(), new RoastMonitor(2)];
    const pending = monitors.map((m) => once(m, "first-crack"));
    monitors.forEach((m) => replay(m, [185, 193, 194, 194.5]));

    const results = await Promise.all(pending);
    assert.deepEqual(
      results.map(([s]) => s),
      [90, 120],
    );
  });
});
