// expect: no-multiple-settle
// waitForPeak uses an async executor whose first await (jar.readHeight) can reject before any listener is attached, leaving the returned promise pending forever.
import { EventEmitter } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
};

interface RiseReading {
  jarId: string;
  heightMm: number;
  tempC: number;
  minutesSinceFeed: number;
}

class StarterJar extends EventEmitter {
  private heightMm = 40;
  private minutes = 0;
  probeBroken = false;

  constructor(readonly jarId: string, private readonly risePerTick = 6) {
    super();
  }

  async readHeight(): Promise<RiseReading> {
    if (this.probeBroken) throw new Error(`laser probe on ${this.jarId} not responding`);
    return this.snapshot();
  }

  tick(): void {
    this.minutes += 30;
    this.heightMm += this.risePerTick;
    this.emit("reading", this.snapshot());
  }

  private snapshot(): RiseReading {
    return { jarId: this.jarId, heightMm: this.heightMm, tempC: 24.5, minutesSinceFeed: this.minutes };
  }
}

function waitForPeak(jar: StarterJar, minRiseMm: number): Promise<RiseReading> {
  return new Promise<RiseReading>(async (resolve) => {
    const baseline = await jar.readHeight();
    const onReading = (reading: RiseReading) => {
      if (reading.heightMm - baseline.heightMm < minRiseMm) return;
      jar.off("reading", onReading);
      resolve(reading);
    };
    jar.on("reading", onReading);
  });
}

function drive(jar: StarterJar, ticks: number): void {
  for (let i = 0; i < ticks; i++) {
    setTimeout(() => jar.tick(), i * 5);
  }
}

describe("starter rise monitoring", () => {
  let rye: StarterJar;
  let wholeWheat: StarterJar;

  beforeEach(() => {
    rye = new StarterJar("rye-07", 8);
    wholeWheat = new StarterJar("ww-02", 5);
  });

  it("resolves once the starter doubles", async () => {
    const peak = waitForPeak(rye, 40);
    drive(rye, 8);
    const reading = await peak;
    expect(reading.jarId).toBe("rye-07");
    expect(reading.heightMm - 40).toBeGreaterThanOrEqual(40);
    expect(reading.minutesSinceFeed).toBe(150);
  });

  it("slower flours take more feeding intervals", async () => {
    const peak = waitForPeak(wholeWheat, 40);
    drive(wholeWheat, 10);
    const reading = await peak;
    expect(reading.minutesSinceFeed).toBe(240);
  });

  it("stops listening after the peak is reached", async () => {
    const peak = waitForPeak(rye, 16);
    drive(rye, 4);
    await peak;
    await new Promise<void>((resolve) => setTimeout(resolve, 30));
    expect(rye.listenerCount("reading")).toBe(0);
  });

  it("tracks jars independently", async () => {
    const [a, b] = await Promise.all([
      (() => {
        const p = waitForPeak(rye, 24);
        drive(rye, 4);
        return p;
      })(),
      (() => {
        const p = waitForPeak(wholeWheat, 25);
        drive(wholeWheat, 6);
        return p;
      })(),
    ]);
    expect([a.jarId, b.jarId]).toEqual(["rye-07", "ww-02"]);
  });
});
