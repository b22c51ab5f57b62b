// expect: no-multiple-settle
// waitForHeading() removes its listener when the vane settles but never clears the timeout, so the timer later calls reject() on the already-resolved promise.
import { EventEmitter } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeLessThan(n: number): void;
  toBeGreaterThan(n: number): void;
};

class VaneSimulator extends EventEmitter {
  private heading: number;
  private velocity = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;

  constructor(initial: number, private readonly damping: number) {
    super();
    this.heading = initial;
  }

  blowFrom(windDeg: number): void {
    this.stop();
    this.ticker = setInterval(() => {
      const error = ((windDeg - this.heading + 540) % 360) - 180;
      this.velocity = this.velocity * (1 - this.damping) + error * 0.2;
      this.heading = (this.heading + this.velocity + 360) % 360;
      this.emit("heading", this.heading);
    }, 5);
  }

  stop(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = undefined;
  }
}

function angularDistance(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

function waitForHeading(vane: VaneSimulator, target: number, toleranceDeg: number, timeoutMs = 2_000): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onHeading = (deg: number) => {
      if (angularDistance(deg, target) > toleranceDeg) return;
      vane.off("heading", onHeading);
      resolve(deg);
    };
    setTimeout(() => {
      vane.off("heading", onHeading);
      reject(new Error(`vane never came within ${toleranceDeg}° of ${target}°`));
    }, timeoutMs);
    vane.on("heading", onHeading);
  });
}

describe("copper cockerel vane", () => {
  let vane: VaneSimulator;

  beforeEach(() => {
    vane = new VaneSimulator(0, 0.25);
  });

  afterEach(() => {
    vane.stop();
  });

  it("swings round to a westerly", async () => {
    vane.blowFrom(270);
    const settled = await waitForHeading(vane, 270, 3);
    expect(angularDistance(settled, 270)).toBeLessThan(3);
  });

  it("takes the short way across north", async () => {
    vane = new VaneSimulator(350, 0.25);
    vane.blowFrom(20);
    const settled = await waitForHeading(vane, 20, 2);
    expect(angularDistance(settled, 20)).toBeLessThan(2);
  });

  it("a lightly damped vane overshoots before settling", async () => {
    vane = new VaneSimulator(0, 0.05);
    let maxHeading = 0;
    vane.on("heading", (deg: number) => {
      if (deg < 180) maxHeading = Math.max(maxHeading, deg);
    });
    vane.blowFrom(90);
    await waitForHeading(vane, 90, 1, 4_000);
    expect(maxHeading).toBeGreaterThan(90);
  });
});
