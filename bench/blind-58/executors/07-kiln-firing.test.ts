// expect: none
// waitForTemperature's executor clears its timer and removes both listeners on every path (reached, fault, timeout), so it settles exactly once.
import { EventEmitter } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;

interface AsyncAssertion {
  toThrow(expected?: string | RegExp): Promise<void>;
  toBe(expected: unknown): Promise<void>;
}
interface Assertion {
  toBe(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
  toBeLessThan(n: number): void;
  resolves: AsyncAssertion;
  rejects: AsyncAssertion;
}
declare const expect: (actual: unknown) => Assertion;

interface KilnSimulator extends EventEmitter {
  start(schedule: { rampCPerHour: number; holdC: number }): void;
  stop(): Promise<void>;
  injectFault(code: string): void;
  readonly currentC: number;
}

declare function createKilnSimulator(opts: { speedup: number; ambientC: number }): KilnSimulator;

class KilnFaultError extends Error {
  constructor(readonly code: string) {
    super(`kiln reported fault ${code}`);
    this.name = "KilnFaultError";
  }
}

function waitForTemperature(kiln: KilnSimulator, targetC: number, timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      kiln.off("temperature", onTemperature);
      kiln.off("fault", onFault);
    };
    const onTemperature = (celsius: number) => {
      if (celsius < targetC) return;
      cleanup();
      resolve(celsius);
    };
    const onFault = (code: string) => {
      cleanup();
      reject(new KilnFaultError(code));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`kiln did not reach ${targetC}°C within ${timeoutMs}ms`));
    }, timeoutMs);
    kiln.on("temperature", onTemperature);
    kiln.on("fault", onFault);
  });
}

describe("stained glass kiln firing schedule", () => {
  let kiln: KilnSimulator;

  beforeEach(() => {
    kiln = createKilnSimulator({ speedup: 3600, ambientC: 20 });
  });

  afterEach(async () => {
    await kiln.stop();
  });

  it("reaches the tack-fuse temperature", async () => {
    kiln.start({ rampCPerHour: 300, holdC: 730 });
    const reached = await waitForTemperature(kiln, 730, 2000);
    expect(reached).toBeGreaterThanOrEqual(730);
  });

  it("reports a thermocouple fault instead of timing out", async () => {
    kiln.start({ rampCPerHour: 300, holdC: 800 });
    const pending = waitForTemperature(kiln, 800, 2000);
    kiln.injectFault("TC-OPEN");
    await expect(pending).rejects.toThrow(/TC-OPEN/);
  });

  it("times out when the ramp is too slow", async () => {
    kiln.start({ rampCPerHour: 10, holdC: 800 });
    await expect(waitForTemperature(kiln, 800, 200)).rejects.toThrow(/within 200ms/);
    expect(kiln.currentC).toBeLessThan(800);
  });
});
