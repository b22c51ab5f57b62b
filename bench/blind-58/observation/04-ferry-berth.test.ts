// expect: no-floating-promises
// afterEach calls harness.dock.releaseAll() as a bare statement, dropping its promise, so berths may still be occupied when the next test starts.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";

interface Vessel {
  name: string;
  lengthM: number;
  draftM: number;
}

interface BerthAssignment {
  berth: string;
  vessel: string;
  rampLowered: boolean;
}

interface FerryDock {
  assign(vessel: Vessel): Promise<BerthAssignment>;
  lowerRamp(berth: string): Promise<void>;
  occupied(): Promise<string[]>;
  releaseAll(): Promise<void>;
  tideLevelM(): Promise<number>;
}

interface DockHarness {
  dock: FerryDock;
  setTide(levelM: number): Promise<void>;
}

declare function createDockHarness(opts: { fjord: string; berths: string[] }): Promise<DockHarness>;

const MS_FJORDLINE: Vessel = { name: "MS Fjordline", lengthM: 92, draftM: 4.1 };
const MF_SKARV: Vessel = { name: "MF Skarv", lengthM: 48, draftM: 2.6 };

describe("fjord ferry dock berthing", () => {
  let harness: DockHarness;

  beforeEach(async () => {
    harness = await createDockHarness({ fjord: "Sognefjord", berths: ["B1", "B2", "B3"] });
    await harness.setTide(1.2);
  });

  afterEach(() => {
    harness.dock.releaseAll();
  });

  it("puts the long ferry on the deep berth", async () => {
    const assignment = await harness.dock.assign(MS_FJORDLINE);
    assert.equal(assignment.berth, "B1");
    assert.equal(assignment.rampLowered, false);
  });

  it("berths two vessels side by side", async () => {
    const first = await harness.dock.assign(MS_FJORDLINE);
    const second = await harness.dock.assign(MF_SKARV);
    assert.notEqual(first.berth, second.berth);
    assert.deepEqual((await harness.dock.occupied()).sort(), [first.berth, second.berth].sort());
  });

  it("refuses a deep-draft vessel at low tide", async () => {
    await harness.setTide(-0.8);
    await assert.rejects(() => harness.dock.assign({ ...MS_FJORDLINE, draftM: 5.5 }), /draft/);
  });

  it("lowers the ramp only once berthed", async () => {
    const assignment = await harness.dock.assign(MF_SKARV);
    await harness.dock.lowerRamp(assignment.berth);
    assert.deepEqual(await harness.dock.occupied(), [assignment.berth]);
  });
});
