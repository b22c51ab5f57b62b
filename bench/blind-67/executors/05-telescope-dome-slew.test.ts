// expect: no-multiple-settle
// waitForAzimuth uses an async executor; if dome.readTolerance() rejects, the executor's promise is never settled and the test hangs until timeout.
import { EventEmitter } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  toBeLessThan(expected: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface DomeFault {
  code: "STALL" | "LIMIT" | "ESTOP";
  azimuth: number;
}

class FakeDome extends EventEmitter {
  azimuth = 0;
  toleranceDeg = 0.5;
  stallAt: number | null = null;
  private timer: NodeJS.Timeout | null = null;

  async readTolerance(): Promise<number> {
    await new Promise((r) => setImmediate(r));
    return this.toleranceDeg;
  }

  slewTo(target: number, degPerTick = 3): void {
    this.stop();
    this.timer = setInterval(() => {
      const delta = target - this.azimuth;
      const step = Math.sign(delta) * Math.min(Math.abs(delta), degPerTick);
      this.azimuth += step;
      if (this.stallAt !== null && Math.abs(this.azimuth - this.stallAt) < degPerTick) {
        this.stop();
        this.emit("fault", { code: "STALL", azimuth: this.azimuth } satisfies DomeFault);
        return;
      }
      this.emit("azimuth", this.azimuth);
      if (step === 0) this.stop();
    }, 5);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

function waitForAzimuth(dome: FakeDome, target: number): Promise<number> {
  return new Promise<number>(async (resolve, reject) => {
    const tolerance = await dome.readTolerance();
    const onAzimuth = (az: number) => {
      if (Math.abs(az - target) <= tolerance) {
        cleanup();
        resolve(az);
      }
    };
    const onFault = (fault: DomeFault) => {
      cleanup();
      reject(new Error(`dome fault ${fault.code} at ${fault.azimuth.toFixed(1)}°`));
    };
    const cleanup = () => {
      dome.off("azimuth", onAzimuth);
      dome.off("fault", onFault);
    };
    dome.on("azimuth", onAzimuth);
    dome.on("fault", onFault);
  });
}

describe("dome slew controller", () => {
  let dome: FakeDome;

  beforeEach(() => {
    dome = new FakeDome();
  });

  afterEach(() => {
    dome.stop();
    dome.removeAllListeners();
  });

  it("reaches the requested azimuth within tolerance", async () => {
    const arrived = waitForAzimuth(dome, 42);
    dome.slewTo(42);
    const az = await arrived;
    expect(Math.abs(az - 42)).toBeLessThan(0.5);
  });

  it("honours a tighter tolerance from the controller", async () => {
    dome.toleranceDeg = 0.1;
    const arrived = waitForAzimuth(dome, 17.5);
    dome.slewTo(17.5, 0.25);
    expect(await arrived).toBeCloseTo(17.5, 1);
  });

  it("surfaces a stall as a rejected wait", async () => {
    dome.stallAt = 30;
    const arrived = waitForAzimuth(dome, 90);
    dome.slewTo(90);
    await expect(arrived).rejects.toThrow(/STALL/);
  });
});
