// expect: no-uncalled-async-function
// beforeEach awaits press.calibrate (the method) rather than press.calibrate(), so every test runs against an uncalibrated press.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;

interface AsyncAssertion {
  toThrow(expected?: string | RegExp): Promise<void>;
}
interface Assertion {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(n: number, digits?: number): void;
  toBeLessThan(n: number): void;
  rejects: AsyncAssertion;
}
declare const expect: (actual: unknown) => Assertion;

interface PressCycleResult {
  moldId: string;
  plies: number;
  peakPressureKpa: number;
  concaveDepthMm: number;
}

interface DeckPress {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  calibrate(): Promise<void>;
  zeroOffsetKpa(): number;
  press(opts: { plies: number; dwellSeconds: number }): Promise<PressCycleResult>;
  loadMold(moldId: string): Promise<void>;
}

declare function createDeckPress(opts: { simulated: boolean; moldId: string }): DeckPress;

describe("skateboard deck press", () => {
  let press: DeckPress;

  beforeEach(async () => {
    press = createDeckPress({ simulated: true, moldId: "popsicle-8.25" });
    await press.connect();
    await press.calibrate;
  });

  afterEach(async () => {
    await press.disconnect();
  });

  it("has no residual pressure offset after calibration", () => {
    expect(press.zeroOffsetKpa()).toBeCloseTo(0, 1);
  });

  it("presses a seven-ply deck to the mold's concave depth", async () => {
    const result = await press.press({ plies: 7, dwellSeconds: 1 });
    expect(result.moldId).toBe("popsicle-8.25");
    expect(result.plies).toBe(7);
    expect(result.concaveDepthMm).toBeCloseTo(14.5, 1);
  });

  it("keeps peak pressure under the veneer limit", async () => {
    const result = await press.press({ plies: 9, dwellSeconds: 1 });
    expect(result.peakPressureKpa).toBeLessThan(820);
  });

  it("refuses to press more plies than the mold allows", async () => {
    await expect(press.press({ plies: 12, dwellSeconds: 1 })).rejects.toThrow(/ply limit/);
  });

  it("switches molds between cycles", async () => {
    await press.loadMold("cruiser-9.0");
    const result = await press.press({ plies: 7, dwellSeconds: 1 });
    expect(result.moldId).toBe("cruiser-9.0");
    expect(result.concaveDepthMm).toBeLessThan(10);
  });
});
