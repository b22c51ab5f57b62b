// expect: no-reused-settled-promise
// waitForStablePitch measures once before the loop and re-awaits that same promise each poll, so it never sees the string settle
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { setTimeout as sleep } from "node:timers/promises";

interface PitchSample {
  course: string;
  hz: number;
  centsOff: number;
}

class FakeTuningRig {
  private drift = new Map<string, number>();

  pluck(course: string, centsOff: number): void {
    this.drift.set(course, centsOff);
  }

  async measure(course: string, referenceHz: number): Promise<PitchSample> {
    await sleep(1);
    const current = this.drift.get(course) ?? 0;
    const next = Math.abs(current) < 0.5 ? 0 : current * 0.5;
    this.drift.set(course, next);
    return { course, hz: referenceHz * Math.pow(2, current / 1200), centsOff: current };
  }
}

const VALLOTTI_OFFSETS: Record<string, number> = {
  C: 5.9,
  G: 3.9,
  D: 2,
  A: 0,
  E: -2,
  F: 7.8,
};

function referenceFor(note: string, a4: number): number {
  const semitones: Record<string, number> = { C: -9, D: -7, E: -5, F: -4, G: -2, A: 0 };
  const equal = a4 * Math.pow(2, semitones[note] / 12);
  return equal * Math.pow(2, (VALLOTTI_OFFSETS[note] ?? 0) / 1200);
}

async function waitForStablePitch(
  rig: FakeTuningRig,
  course: string,
  referenceHz: number,
  { tolerance = 1, polls = 12 } = {},
): Promise<PitchSample> {
  const measurement = rig.measure(course, referenceHz);
  for (let i = 0; i < polls; i++) {
    const sample = await measurement;
    if (Math.abs(sample.centsOff) <= tolerance) return sample;
    await sleep(2);
  }
  throw new Error(`${course} did not settle within ${tolerance} cents`);
}

describe("harpsichord temperament settling", () => {
  let rig: FakeTuningRig;

  beforeEach(() => {
    rig = new FakeTuningRig();
  });

  it("computes Vallotti references relative to A415", () => {
    assert.equal(Math.round(referenceFor("A", 415)), 415);
    assert.ok(referenceFor("C", 415) > 415 * Math.pow(2, -9 / 12));
  });

  it("accepts a course that is already in tune", async () => {
    rig.pluck("A4-8ft", 0.2);
    const sample = await waitForStablePitch(rig, "A4-8ft", 415);
    assert.ok(Math.abs(sample.centsOff) <= 1);
  });

  it("waits for a freshly hitched string to settle", async () => {
    rig.pluck("C4-8ft", 14);
    const sample = await waitForStablePitch(rig, "C4-8ft", referenceFor("C", 415));
    assert.equal(sample.course, "C4-8ft");
    assert.ok(Math.abs(sample.centsOff) <= 1);
  });

  it("settles the 4ft choir too", async () => {
    rig.pluck("F3-4ft", -9);
    const sample = await waitForStablePitch(rig, "F3-4ft", referenceFor("F", 415) * 2, { tolerance: 1.5 });
    assert.ok(Math.abs(sample.centsOff) <= 1.5);
  });
});
