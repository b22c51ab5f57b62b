// expect: none
// the test helper's executor clears its timer and removes both listeners on every path, so it settles exactly once
import { describe, it, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { EventEmitter } from "node:events";

interface SteamCycleReport {
  wigId: string;
  minutes: number;
  peakTempC: number;
}

class FakeSteamCabinet extends EventEmitter {
  private timers: NodeJS.Timeout[] = [];

  load(wigId: string, minutes: number, opts: { failAt?: number } = {}): void {
    const t = setTimeout(() => {
      if (opts.failAt !== undefined) {
        this.emit("fault", new Error(`element fault at ${opts.failAt}C while steaming ${wigId}`));
        return;
      }
      const report: SteamCycleReport = { wigId, minutes, peakTempC: 96 };
      this.emit("cycle-complete", report);
    }, 5);
    this.timers.push(t);
  }

  shutdown(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    this.removeAllListeners();
  }
}

function waitForCycle(cabinet: FakeSteamCabinet, wigId: string, timeoutMs: number): Promise<SteamCycleReport> {
  return new Promise<SteamCycleReport>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      cabinet.off("cycle-complete", onComplete);
      cabinet.off("fault", onFault);
    };
    const onComplete = (report: SteamCycleReport) => {
      if (report.wigId !== wigId) return;
      cleanup();
      resolve(report);
    };
    const onFault = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no cycle report for ${wigId} after ${timeoutMs}ms`));
    }, timeoutMs);

    cabinet.on("cycle-complete", onComplete);
    cabinet.on("fault", onFault);
  });
}

describe("wig steam cabinet", () => {
  let cabinet: FakeSteamCabinet;

  beforeEach(() => {
    cabinet = new FakeSteamCabinet();
  });

  afterEach(() => {
    cabinet.shutdown();
  });

  it("reports a completed cycle for the loaded wig", async () => {
    const pending = waitForCycle(cabinet, "tosca-act2", 1_000);
    cabinet.load("tosca-act2", 12);
    const report = await pending;
    assert.equal(report.wigId, "tosca-act2");
    assert.equal(report.minutes, 12);
    assert.ok(report.peakTempC < 100);
  });

  it("ignores reports for other wigs on the same cabinet", async () => {
    const pending = waitForCycle(cabinet, "carmen-lead", 1_000);
    cabinet.load("carmen-chorus-3", 8);
    cabinet.load("carmen-lead", 10);
    const report = await pending;
    assert.equal(report.wigId, "carmen-lead");
  });

  it("surfaces element faults as rejections", async () => {
    const pending = waitForCycle(cabinet, "figaro-count", 1_000);
    cabinet.load("figaro-count", 10, { failAt: 104 });
    await assert.rejects(pending, /element fault at 104C/);
  });

  it("times out when the cabinet never reports", async () => {
    await assert.rejects(waitForCycle(cabinet, "aida-amneris", 20), /after 20ms/);
  });
});
