// expect: no-promise-as-value
// assert.ok(winder.isCalibrated()) checks the returned Promise, which is always truthy, so the calibration test passes even when calibration fails.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";

interface StringSpec {
  course: number;
  material: "gut" | "nylon" | "wire";
  gaugeMm: number;
  targetHz: number;
}

interface HarpStringWinder {
  attach(spec: StringSpec): Promise<void>;
  calibrate(): Promise<void>;
  isCalibrated(): Promise<boolean>;
  wind(turns: number): Promise<{ tensionN: number; pitchHz: number }>;
  detach(): Promise<void>;
}

declare function openWinder(bench: string, opts: { simulated: boolean }): Promise<HarpStringWinder>;

const MIDDLE_C: StringSpec = { course: 24, material: "gut", gaugeMm: 1.0, targetHz: 261.63 };
const BASS_G: StringSpec = { course: 40, material: "wire", gaugeMm: 1.6, targetHz: 49.0 };

describe("harp string winder", () => {
  let winder: HarpStringWinder;

  beforeEach(async () => {
    winder = await openWinder("bench-3", { simulated: true });
  });

  afterEach(async () => {
    await winder.detach();
  });

  it("calibrates against a gut string", async () => {
    await winder.attach(MIDDLE_C);
    await winder.calibrate();
    assert.ok(winder.isCalibrated(), "winder should report calibrated after calibrate()");
  });

  it("brings middle C close to pitch", async () => {
    await winder.attach(MIDDLE_C);
    await winder.calibrate();
    const { pitchHz, tensionN } = await winder.wind(14);
    assert.ok(Math.abs(pitchHz - MIDDLE_C.targetHz) < 2, `pitch ${pitchHz}Hz is off target`);
    assert.ok(tensionN < 120, `tension ${tensionN}N exceeds gut limit`);
  });

  it("needs more turns for a wire bass string", async () => {
    await winder.attach(BASS_G);
    await winder.calibrate();
    const few = await winder.wind(6);
    const more = await winder.wind(6);
    assert.ok(more.tensionN > few.tensionN);
  });

  it("refuses to wind before calibration", async () => {
    await winder.attach(BASS_G);
    await assert.rejects(() => winder.wind(1), /calibrat/);
  });
});
