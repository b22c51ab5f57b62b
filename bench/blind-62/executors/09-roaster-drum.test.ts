// expect: no-multiple-settle
// waitForDrumTemp resolves from an 'on' listener that is never removed, so every later reading above target calls resolve again
import { EventEmitter } from "node:events";

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
  toBeLessThan(n: number): void;
  toEqual(expected: unknown): void;
};

type Reading = { drumId: string; tempC: number; rpm: number };

class SimulatedRoaster extends EventEmitter {
  private interval: NodeJS.Timeout | null = null;
  private tempC = 20;

  constructor(readonly drumId: string, private readonly rampPerTick: number) {
    super();
  }

  ignite(): void {
    this.interval = setInterval(() => {
      this.tempC += this.rampPerTick;
      const reading: Reading = { drumId: this.drumId, tempC: this.tempC, rpm: 28 };
      this.emit("reading", reading);
    }, 2);
  }

  extinguish(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = null;
  }
}

function waitForDrumTemp(roaster: SimulatedRoaster, targetC: number, timeoutMs = 500): Promise<Reading> {
  return new Promise<Reading>((resolve, reject) => {
    const timer = setTimeout(() => {
      roaster.off("reading", onReading);
      reject(new Error(`drum ${roaster.drumId} did not reach ${targetC}C`));
    }, timeoutMs);

    function onReading(reading: Reading) {
      if (reading.tempC >= targetC) {
        clearTimeout(timer);
        resolve(reading);
      }
    }

    roaster.on("reading", onReading);
  });
}

function blisterScore(tempC: number, seconds: number): number {
  const excess = Math.max(0, tempC - 180);
  return Math.min(10, Math.round((excess * seconds) / 400));
}

describe("chili roasting drum", () => {
  let roaster: SimulatedRoaster;

  beforeEach(() => {
    roaster = new SimulatedRoaster("drum-7", 15);
  });

  afterEach(() => {
    roaster.extinguish();
  });

  it("reaches blistering temperature for hatch chilies", async () => {
    roaster.ignite();
    const reading = await waitForDrumTemp(roaster, 220);
    expect(reading.drumId).toBe("drum-7");
    expect(reading.tempC).toBeGreaterThanOrEqual(220);
  });

  it("keeps the drum turning while heating", async () => {
    roaster.ignite();
    const reading = await waitForDrumTemp(roaster, 120);
    expect(reading.rpm).toBe(28);
  });

  it("scores blistering by heat and time", () => {
    expect(blisterScore(170, 60)).toBe(0);
    expect(blisterScore(230, 80)).toBe(10);
    expect(blisterScore(200, 60)).toBeLessThan(5);
  });

  it("waits for two stages in sequence", async () => {
    roaster.ignite();
    const first = await waitForDrumTemp(roaster, 100);
    const second = await waitForDrumTemp(roaster, 200);
    expect(first.tempC).toBeLessThan(second.tempC);
    expect(second.tempC).toBeGreaterThanOrEqual(200);
  });
});
