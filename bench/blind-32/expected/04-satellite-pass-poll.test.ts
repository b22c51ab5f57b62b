// expect: no-reused-settled-promise
// The eventually() helper is handed one already-started status promise and re-awaits it on every poll, so it keeps seeing the first 'slewing' value.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

type AntennaState = "parked" | "slewing" | "tracking" | "lost";

interface PassPlan {
  satellite: string;
  aosAzimuthDeg: number;
  maxElevationDeg: number;
  durationSec: number;
}

class AntennaController {
  private state: AntennaState = "parked";
  private azimuth = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  async status(): Promise<{ state: AntennaState; azimuthDeg: number }> {
    return { state: this.state, azimuthDeg: this.azimuth };
  }

  beginPass(plan: PassPlan): void {
    this.state = "slewing";
    this.timer = setInterval(() => {
      const delta = plan.aosAzimuthDeg - this.azimuth;
      if (Math.abs(delta) <= 5) {
        this.azimuth = plan.aosAzimuthDeg;
        this.state = plan.maxElevationDeg > 5 ? "tracking" : "lost";
        clearInterval(this.timer);
        return;
      }
      this.azimuth += Math.sign(delta) * 5;
    }, 5);
  }

  park(): void {
    clearInterval(this.timer);
    this.state = "parked";
    this.azimuth = 0;
  }
}

async function eventually<T>(
  probe: Promise<T>,
  accept: (value: T) => boolean,
  { tries = 40, intervalMs = 10 }: { tries?: number; intervalMs?: number } = {},
): Promise<T> {
  let last: T | undefined;
  for (let i = 0; i < tries; i++) {
    last = await probe;
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`condition not met after ${tries} tries; last value ${JSON.stringify(last)}`);
}

describe("AntennaController", () => {
  let antenna: AntennaController;

  beforeEach(() => {
    antenna = new AntennaController();
  });

  afterEach(() => {
    antenna.park();
  });

  it("starts parked", async () => {
    const { state } = await antenna.status();
    expect(state).toBe("parked");
  });

  it("slews to the acquisition azimuth and starts tracking", async () => {
    antenna.beginPass({ satellite: "NOAA-19", aosAzimuthDeg: 60, maxElevationDeg: 48, durationSec: 720 });
    const final = await eventually(antenna.status(), (s) => s.state === "tracking");
    expect(final.azimuthDeg).toBe(60);
  });

  it("reports a lost pass when the elevation is too low", async () => {
    antenna.beginPass({ satellite: "METEOR-M2", aosAzimuthDeg: 20, maxElevationDeg: 3, durationSec: 240 });
    const final = await eventually(antenna.status(), (s) => s.state !== "slewing");
    expect(final.state).toBe("lost");
  });

  it("parks again after a pass", async () => {
    antenna.beginPass({ satellite: "ISS", aosAzimuthDeg: 10, maxElevationDeg: 70, durationSec: 600 });
    antenna.park();
    expect(await antenna.status()).toEqual({ state: "parked", azimuthDeg: 0 });
  });
});
