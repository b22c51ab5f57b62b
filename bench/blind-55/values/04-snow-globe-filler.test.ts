// expect: none
// Correct: every promise is awaited before being compared, and promises handed to expect(...).rejects are meant to be promises and are awaited.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
  resolves: { toBe(expected: unknown): Promise<void> };
};
declare const beforeEach: (fn: () => void | Promise<void>) => void;

interface GlobeState {
  serial: string;
  liquidMl: number;
  glitterGrams: number;
  sealed: boolean;
}

export class SnowGlobeFiller {
  private readonly globes = new Map<string, GlobeState>();

  constructor(private readonly capacityMl: number, private readonly pumpMlPerTick = 25) {}

  async mount(serial: string): Promise<void> {
    await Promise.resolve();
    this.globes.set(serial, { serial, liquidMl: 0, glitterGrams: 0, sealed: false });
  }

  async fill(serial: string, targetMl: number): Promise<number> {
    const globe = this.require(serial);
    if (globe.sealed) throw new Error(`globe ${serial} already sealed`);
    if (targetMl > this.capacityMl) throw new Error(`target ${targetMl}ml exceeds ${this.capacityMl}ml`);
    while (globe.liquidMl < targetMl) {
      await Promise.resolve();
      globe.liquidMl = Math.min(targetMl, globe.liquidMl + this.pumpMlPerTick);
    }
    return globe.liquidMl;
  }

  async addGlitter(serial: string, grams: number): Promise<void> {
    await Promise.resolve();
    this.require(serial).glitterGrams += grams;
  }

  async seal(serial: string): Promise<GlobeState> {
    const globe = this.require(serial);
    await Promise.resolve();
    globe.sealed = true;
    return { ...globe };
  }

  async level(serial: string): Promise<number> {
    await Promise.resolve();
    return this.require(serial).liquidMl / this.capacityMl;
  }

  private require(serial: string): GlobeState {
    const globe = this.globes.get(serial);
    if (!globe) throw new Error(`globe ${serial} not mounted`);
    return globe;
  }
}

describe("SnowGlobeFiller", () => {
  let filler: SnowGlobeFiller;

  beforeEach(async () => {
    filler = new SnowGlobeFiller(120);
    await filler.mount("SG-100");
  });

  it("fills to the requested volume", async () => {
    expect(await filler.fill("SG-100", 110)).toBe(110);
    expect(await filler.level("SG-100")).toBeCloseTo(110 / 120, 3);
  });

  it("reports an empty globe right after mounting", async () => {
    await expect(filler.level("SG-100")).resolves.toBe(0);
  });

  it("refuses to overfill", async () => {
    await expect(filler.fill("SG-100", 150)).rejects.toThrow(/exceeds 120ml/);
  });

  it("refuses to fill a sealed globe", async () => {
    await filler.fill("SG-100", 100);
    await filler.addGlitter("SG-100", 3);
    const sealed = await filler.seal("SG-100");
    expect(sealed).toEqual({ serial: "SG-100", liquidMl: 100, glitterGrams: 3, sealed: true });
    await expect(filler.fill("SG-100", 110)).rejects.toThrow(/already sealed/);
  });

  it("rejects unmounted globes", async () => {
    await expect(filler.seal("SG-404")).rejects.toThrow(/not mounted/);
  });
});
