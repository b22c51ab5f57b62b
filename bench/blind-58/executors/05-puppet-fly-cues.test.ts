// expect: no-multiple-settle
// waitForFlyMovement uses an async executor that awaits rig.readHeight() first; if that read rejects, the rejection escapes the executor and the returned promise never settles.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

interface HeightSample {
  fly: string;
  heightCm: number;
  at: number;
}

interface RigController extends EventEmitter {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  readHeight(fly: string): Promise<number>;
  runCue(cueId: string): Promise<void>;
  loadCueSheet(sheet: Record<string, { fly: string; targetCm: number }>): void;
}

declare function createRigController(opts: { stage: string; simulated: boolean }): RigController;

function waitForFlyMovement(
  rig: RigController,
  fly: string,
  minDeltaCm: number,
  timeoutMs = 3000,
): Promise<HeightSample> {
  return new Promise<HeightSample>(async (resolve, reject) => {
    const baseline = await rig.readHeight(fly);
    const onHeight = (sample: HeightSample) => {
      if (sample.fly !== fly) return;
      if (Math.abs(sample.heightCm - baseline) < minDeltaCm) return;
      clearTimeout(timer);
      rig.off("height", onHeight);
      resolve(sample);
    };
    const timer = setTimeout(() => {
      rig.off("height", onHeight);
      reject(new Error(`fly ${fly} did not move ${minDeltaCm}cm within ${timeoutMs}ms`));
    }, timeoutMs);
    rig.on("height", onHeight);
  });
}

describe("puppet theatre fly rig", () => {
  let rig: RigController;

  beforeEach(async () => {
    rig = createRigController({ stage: "main", simulated: true });
    await rig.connect();
    rig.loadCueSheet({
      "A1": { fly: "batten-3", targetCm: 420 },
      "A2": { fly: "moon-drop", targetCm: 180 },
      "B7": { fly: "batten-3", targetCm: 0 },
    });
  });

  afterEach(async () => {
    await rig.disconnect();
  });

  it("raises batten 3 on cue A1", async () => {
    const [sample] = await Promise.all([waitForFlyMovement(rig, "batten-3", 100), rig.runCue("A1")]);
    assert.ok(sample.heightCm >= 320, `expected batten-3 above 320cm, got ${sample.heightCm}`);
  });

  it("drops the moon on cue A2 without touching batten 3", async () => {
    const before = await rig.readHeight("batten-3");
    const [sample] = await Promise.all([waitForFlyMovement(rig, "moon-drop", 50), rig.runCue("A2")]);
    assert.equal(sample.fly, "moon-drop");
    assert.equal(await rig.readHeight("batten-3"), before);
  });

  it("flies batten 3 back to the deck on B7", async () => {
    await Promise.all([waitForFlyMovement(rig, "batten-3", 100), rig.runCue("A1")]);
    const [sample] = await Promise.all([
      waitForFlyMovement(rig, "batten-3", 100, 5000),
      rig.runCue("B7"),
    ]);
    assert.equal(sample.heightCm, 0);
  });
});
