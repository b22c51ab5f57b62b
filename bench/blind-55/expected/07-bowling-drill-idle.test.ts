// expect: no-reused-settled-promise
// Bug: waitForSpindleIdle reads the drill status once and re-awaits that same settled promise in its polling loop, so it never sees the spindle stop.
import { setTimeout as delay } from "node:timers/promises";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toBeGreaterThan(n: number): void;
};
declare const beforeEach: (fn: () => void | Promise<void>) => void;

interface DrillStatus {
  spindleRpm: number;
  chuckLocked: boolean;
  depthMm: number;
}

interface SpanLayout {
  fingerHoles: Array<{ x: number; y: number; diameterMm: number; pitchDeg: number }>;
  thumbHole: { x: number; y: number; diameterMm: number };
}

declare const drillRig: {
  reset(): Promise<void>;
  clampBall(weightLb: number): Promise<void>;
  drill(hole: { x: number; y: number; diameterMm: number; depthMm: number }): Promise<void>;
  readStatus(): Promise<DrillStatus>;
  measureHole(x: number, y: number): Promise<{ diameterMm: number; depthMm: number }>;
};

async function waitForSpindleIdle(timeoutMs = 5_000): Promise<DrillStatus> {
  const deadline = Date.now() + timeoutMs;
  const status = drillRig.readStatus();
  while (Date.now() < deadline) {
    const current = await status;
    if (current.spindleRpm === 0 && !current.chuckLocked) {
      return current;
    }
    await delay(50);
  }
  throw new Error(`spindle still turning after ${timeoutMs}ms`);
}

async function drillLayout(layout: SpanLayout, depthMm: number): Promise<void> {
  for (const hole of layout.fingerHoles) {
    await drillRig.drill({ x: hole.x, y: hole.y, diameterMm: hole.diameterMm, depthMm });
    await waitForSpindleIdle();
  }
  await drillRig.drill({ ...layout.thumbHole, depthMm: depthMm + 8 });
  await waitForSpindleIdle();
}

const conventionalGrip: SpanLayout = {
  fingerHoles: [
    { x: -11, y: 42, diameterMm: 21.5, pitchDeg: 5 },
    { x: 11, y: 42, diameterMm: 21.8, pitchDeg: 5 },
  ],
  thumbHole: { x: 0, y: -48, diameterMm: 25.4 },
};

describe("bowling ball drilling rig", () => {
  beforeEach(async () => {
    await drillRig.reset();
    await drillRig.clampBall(15);
  });

  it("drills finger holes to the requested diameter", async () => {
    await drillLayout(conventionalGrip, 55);
    const left = await drillRig.measureHole(-11, 42);
    expect(left.diameterMm).toBeCloseTo(21.5, 1);
  });

  it("drills the thumb hole deeper than the finger holes", async () => {
    await drillLayout(conventionalGrip, 55);
    const thumb = await drillRig.measureHole(0, -48);
    const finger = await drillRig.measureHole(11, 42);
    expect(thumb.depthMm).toBeGreaterThan(finger.depthMm);
  });

  it("leaves the chuck unlocked after the last hole", async () => {
    await drillLayout(conventionalGrip, 50);
    const status = await drillRig.readStatus();
    expect(status.chuckLocked).toBe(false);
  });
});
