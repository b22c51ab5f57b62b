// expect: none
// Fold steps are stored as function values and called in the loop; assert.rejects is given either a thunk or a started promise, and both are awaited.
import { describe, it, before, after } from "node:test";
import assert from "node:assert/strict";

interface Sheet {
  id: string;
  sizeMm: number;
  thicknessMm: number;
  creases: string[];
}

interface FoldRobot {
  home(): Promise<void>;
  shutdown(): Promise<void>;
  fold(sheet: Sheet, kind: "valley" | "mountain" | "squash" | "petal"): Promise<Sheet>;
}

declare function connectRobot(opts: { cell: string; dryRun: boolean }): Promise<FoldRobot>;
declare function blankSheet(sizeMm: number, thicknessMm?: number): Sheet;

class FoldError extends Error {}

type FoldStep = (robot: FoldRobot, sheet: Sheet) => Promise<Sheet>;

const preliminaryBase: FoldStep = async (robot, sheet) => {
  const diagonal = await robot.fold(sheet, "valley");
  return robot.fold(diagonal, "squash");
};

const petalFolds: FoldStep = (robot, sheet) => robot.fold(sheet, "petal");

const neckAndTail: FoldStep = async (robot, sheet) => {
  const narrowed = await robot.fold(sheet, "valley");
  return robot.fold(narrowed, "mountain");
};

describe("origami robot: crane", () => {
  let robot: FoldRobot;

  before(async () => {
    robot = await connectRobot({ cell: "cell-2", dryRun: true });
    await robot.home();
  });

  after(() => robot.shutdown());

  it("folds a crane from a 150mm square", async () => {
    const steps: FoldStep[] = [preliminaryBase, petalFolds, neckAndTail];
    let sheet = blankSheet(150);
    for (const step of steps) {
      sheet = await step(robot, sheet);
    }
    assert.deepEqual(sheet.creases.slice(0, 2), ["valley", "squash"]);
    assert.equal(sheet.creases.length, 5);
  });

  it("rejects card stock that is too thick", async () => {
    await assert.rejects(() => robot.fold(blankSheet(150, 0.6), "valley"), /too thick/);
  });

  it("rejects a petal fold on an unprepared sheet", async () => {
    await assert.rejects(robot.fold(blankSheet(150), "petal"), FoldError);
  });

  it("does not fail homing twice in a row", async () => {
    await assert.doesNotReject(() => robot.home());
    await assert.doesNotReject(() => robot.home());
  });
});
