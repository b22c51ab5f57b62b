// expect: no-multiple-settle
// The 'position' listener fires on every telemetry frame and is never removed, so resolve/reject can be called again on later frames.
import { EventEmitter } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
  rejects: { toThrow(pattern: RegExp): Promise<void> };
};

interface GateFrame {
  gateId: string;
  openingPct: number;
  fault?: string;
}

class SpillwayGateSim extends EventEmitter {
  private opening = 0;
  constructor(readonly gateId: string) {
    super();
  }
  moveTo(targetPct: number, faultAt?: number): void {
    const tick = () => {
      this.opening += Math.sign(targetPct - this.opening) * 5;
      const frame: GateFrame = { gateId: this.gateId, openingPct: this.opening };
      if (faultAt !== undefined && this.opening >= faultAt) frame.fault = "hoist overload";
      this.emit("position", frame);
      if (this.opening !== targetPct && !frame.fault) setTimeout(tick, 1);
    };
    setTimeout(tick, 1);
  }
}

function waitForOpening(gate: SpillwayGateSim, targetPct: number): Promise<GateFrame> {
  return new Promise((resolve, reject) => {
    gate.on("position", (frame: GateFrame) => {
      if (frame.fault) {
        reject(new Error(`${frame.gateId}: ${frame.fault} at ${frame.openingPct}%`));
      } else if (frame.openingPct >= targetPct) {
        resolve(frame);
      }
    });
  });
}

describe("spillway gate positioning", () => {
  let gate: SpillwayGateSim;

  beforeEach(() => {
    gate = new SpillwayGateSim("SG-3");
  });

  it("reaches the requested opening", async () => {
    const reached = waitForOpening(gate, 40);
    gate.moveTo(60);
    const frame = await reached;
    expect(frame.gateId).toBe("SG-3");
    expect(frame.openingPct).toBeGreaterThanOrEqual(40);
  });

  it("surfaces hoist faults", async () => {
    const reached = waitForOpening(gate, 80);
    gate.moveTo(80, 25);
    await expect(reached).rejects.toThrow(/hoist overload/);
  });

  it("reports full opening", async () => {
    const reached = waitForOpening(gate, 100);
    gate.moveTo(100);
    expect((await reached).openingPct).toBe(100);
  });
});
