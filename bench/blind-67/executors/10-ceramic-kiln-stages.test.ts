// expect: none
// waitForStage awaits its async setup before constructing the promise, and the executor settles on stage, fault or close with listeners detached each time.
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

type Stage = "candling" | "bisque" | "glaze" | "cooling";

class FakeKiln extends EventEmitter {
  limits: Record<Stage, number> = { candling: 200, bisque: 1000, glaze: 1220, cooling: 80 };
  private timers: NodeJS.Timeout[] = [];

  async readLimit(stage: Stage): Promise<number> {
    await new Promise((r) => setImmediate(r));
    return this.limits[stage];
  }

  runProgram(stages: Array<[Stage, number]>, faultAfter?: number): void {
    stages.forEach(([stage, temp], i) => {
      this.timers.push(
        setTimeout(() => {
          if (faultAfter !== undefined && i >= faultAfter) {
            this.emit("fault", new Error(`thermocouple open during ${stage}`));
            return;
          }
          this.emit("stage", stage, temp);
        }, 5 * (i + 1)),
      );
    });
  }

  shutdown(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
    this.emit("close");
  }
}

async function waitForStage(kiln: FakeKiln, stage: Stage): Promise<number> {
  const limit = await kiln.readLimit(stage);
  return new Promise<number>((resolve, reject) => {
    const onStage = (s: Stage, temp: number) => {
      if (s !== stage) return;
      cleanup();
      if (temp > limit) reject(new Error(`${stage} overshot: ${temp}°C > ${limit}°C`));
      else resolve(temp);
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onClose = () => {
      cleanup();
      reject(new Error(`kiln closed before ${stage}`));
    };
    const cleanup = () => {
      kiln.off("stage", onStage);
      kiln.off("fault", onFault);
      kiln.off("close", onClose);
    };
    kiln.on("stage", onStage);
    kiln.once("fault", onFault);
    kiln.once("close", onClose);
  });
}

describe("kiln firing stages", () => {
  let kiln: FakeKiln;

  beforeEach(() => {
    kiln = new FakeKiln();
  });

  afterEach(() => {
    kiln.shutdown();
    kiln.removeAllListeners();
  });

  it("reports the bisque temperature", async () => {
    kiln.runProgram([["candling", 180], ["bisque", 995], ["cooling", 60]]);
    const temp = await waitForStage(kiln, "bisque");
    assert.equal(temp, 995);
  });

  it("rejects when a stage overshoots its limit", async () => {
    kiln.limits.glaze = 1200;
    kiln.runProgram([["candling", 190], ["bisque", 990], ["glaze", 1215]]);
    await assert.rejects(waitForStage(kiln, "glaze"), /overshot/);
  });

  it("rejects on a thermocouple fault", async () => {
    kiln.runProgram([["candling", 190], ["bisque", 990]], 1);
    await assert.rejects(waitForStage(kiln, "bisque"), /thermocouple/);
  });

  it("rejects when the kiln is shut down mid-program", async () => {
    kiln.runProgram([["candling", 190]]);
    const pending = waitForStage(kiln, "glaze");
    setTimeout(() => kiln.shutdown(), 20);
    await assert.rejects(pending, /closed before glaze/);
  });
});
