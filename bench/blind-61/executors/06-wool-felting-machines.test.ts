// expect: none
// nextCycle uses Promise.withResolvers with once-style listeners for both 'cycle-complete' and 'jam', detaching the other listener when either fires.
import { EventEmitter } from "node:events";
import { describe, it, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface CycleReport {
  batch: string;
  needleStrokes: number;
  densityGsm: number;
}

class FakeFeltingMachine extends EventEmitter {
  strokesPerCycle = 1_200;
  private cycles = 0;

  runCycle(batch: string, jamAfter?: number): void {
    this.cycles += 1;
    const cycle = this.cycles;
    setImmediate(() => {
      if (jamAfter !== undefined && cycle > jamAfter) {
        this.emit("jam", new Error(`needle bed jammed on cycle ${cycle}`));
        return;
      }
      const report: CycleReport = {
        batch,
        needleStrokes: this.strokesPerCycle,
        densityGsm: 180 + cycle * 5,
      };
      this.emit("cycle-complete", report);
    });
  }
}

function nextCycle(machine: EventEmitter): Promise<CycleReport> {
  const { promise, resolve, reject } = Promise.withResolvers<CycleReport>();
  const onComplete = (report: CycleReport) => {
    machine.off("jam", onJam);
    resolve(report);
  };
  const onJam = (err: Error) => {
    machine.off("cycle-complete", onComplete);
    reject(err);
  };
  machine.once("cycle-complete", onComplete);
  machine.once("jam", onJam);
  return promise;
}

describe("felting machine cycles", () => {
  let machine: FakeFeltingMachine;

  beforeEach(() => {
    machine = new FakeFeltingMachine();
  });

  it("reports density for a completed cycle", async () => {
    const done = nextCycle(machine);
    machine.runCycle("merino-22");
    const report = await done;
    assert.equal(report.batch, "merino-22");
    assert.equal(report.needleStrokes, 1_200);
    assert.equal(report.densityGsm, 185);
  });

  it("rejects when the needle bed jams", async () => {
    const done = nextCycle(machine);
    machine.runCycle("alpaca-04", 0);
    await assert.rejects(done, /needle bed jammed on cycle 1/);
  });

  it("does not leave listeners behind after several cycles", async () => {
    for (let i = 0; i < 5; i++) {
      const done = nextCycle(machine);
      machine.runCycle(`batch-${i}`);
      await done;
    }
    assert.equal(machine.listenerCount("cycle-complete"), 0);
    assert.equal(machine.listenerCount("jam"), 0);
  });

  it("densities increase monotonically", async () => {
    const densities: number[] = [];
    for (let i = 0; i < 3; i++) {
      const done = nextCycle(machine);
      machine.runCycle("corriedale");
      densities.push((await done).densityGsm);
    }
    assert.deepEqual(densities, [185, 190, 195]);
  });
});
