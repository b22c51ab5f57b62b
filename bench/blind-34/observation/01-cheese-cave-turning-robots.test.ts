// expect: none
// Promise.allSettled results are narrowed on status before reading value or reason.
import { test, describe } from "node:test";
import assert from "node:assert/strict";

interface TurnReport {
  rackId: string;
  wheelsTurned: number;
  brushed: boolean;
}

class TurningRobotFleet {
  constructor(private readonly jammedRacks: Set<string>) {}

  async turnRack(rackId: string): Promise<TurnReport> {
    await new Promise((r) => setTimeout(r, 2));
    if (this.jammedRacks.has(rackId)) {
      throw new Error(`gripper jammed on ${rackId}`);
    }
    return { rackId, wheelsTurned: 24, brushed: rackId.startsWith("alpine") };
  }
}

interface ShiftSummary {
  turned: TurnReport[];
  jammed: { rackId: string; message: string }[];
}

async function runTurningShift(fleet: TurningRobotFleet, racks: string[]): Promise<ShiftSummary> {
  const settled = await Promise.allSettled(racks.map((r) => fleet.turnRack(r)));
  const summary: ShiftSummary = { turned: [], jammed: [] };
  settled.forEach((outcome, i) => {
    if (outcome.status === "fulfilled") {
      summary.turned.push(outcome.value);
    } else {
      const message = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      summary.jammed.push({ rackId: racks[i], message });
    }
  });
  return summary;
}

function wheelsTurned(summary: ShiftSummary): number {
  return summary.turned.reduce((n, r) => n + r.wheelsTurned, 0);
}

describe("cave turning shift", () => {
  test("all racks turned when no jams", async () => {
    const fleet = new TurningRobotFleet(new Set());
    const summary = await runTurningShift(fleet, ["alpine-1", "tomme-2", "tomme-3"]);
    assert.equal(summary.jammed.length, 0);
    assert.equal(wheelsTurned(summary), 72);
    assert.deepEqual(
      summary.turned.map((t) => t.brushed),
      [true, false, false],
    );
  });

  test("a jammed rack is reported and the rest still turn", async () => {
    const fleet = new TurningRobotFleet(new Set(["tomme-2"]));
    const summary = await runTurningShift(fleet, ["alpine-1", "tomme-2", "tomme-3"]);
    assert.deepEqual(summary.jammed, [{ rackId: "tomme-2", message: "gripper jammed on tomme-2" }]);
    assert.equal(summary.turned.length, 2);
  });

  test("empty shift", async () => {
    const summary = await runTurningShift(new TurningRobotFleet(new Set()), []);
    assert.deepEqual(summary, { turned: [], jammed: [] });
  });
});
