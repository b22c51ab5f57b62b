// expect: none
// Every async value is awaited before it is compared or asserted on, and the one promise handed to expect() goes through .resolves/.rejects as the runner intends.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeTruthy(): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern?: RegExp | string): Promise<void> };
};

interface Colony {
  species: string;
  workers: number;
  queen: boolean;
}

class FormicariumKit {
  private colony?: Colony;
  private gelMl = 0;

  async fillGel(ml: number): Promise<number> {
    await Promise.resolve();
    if (ml > 500) throw new Error(`formicarium holds at most 500 ml of gel`);
    this.gelMl = ml;
    return this.gelMl;
  }

  async introduce(colony: Colony): Promise<void> {
    await Promise.resolve();
    if (this.gelMl === 0) throw new Error("fill the gel before introducing a colony");
    if (!colony.queen) throw new Error("colonies ship with a queen");
    this.colony = { ...colony };
  }

  async census(): Promise<number> {
    await Promise.resolve();
    return this.colony?.workers ?? 0;
  }

  async hasQueen(): Promise<boolean> {
    await Promise.resolve();
    return this.colony?.queen === true;
  }
}

describe("formicarium kit", () => {
  let kit: FormicariumKit;

  beforeEach(() => {
    kit = new FormicariumKit();
  });

  it("fills gel up to the rated volume", async () => {
    expect(await kit.fillGel(350)).toBe(350);
    await expect(kit.fillGel(600)).rejects.toThrow(/at most 500 ml/);
  });

  it("counts workers after introduction", async () => {
    await kit.fillGel(300);
    await kit.introduce({ species: "Pogonomyrmex", workers: 25, queen: true });
    const workers = await kit.census();
    expect(workers).toBeGreaterThan(20);
    expect(workers === 25).toBe(true);
    expect(await kit.hasQueen()).toBeTruthy();
  });

  it("refuses a colony before the gel is in", async () => {
    await expect(
      kit.introduce({ species: "Messor", workers: 10, queen: true }),
    ).rejects.toThrow("fill the gel before introducing a colony");
    await expect(kit.hasQueen()).resolves.toBe(false);
  });

  it("reports an empty census for a new kit", async () => {
    const [workers, queen] = await Promise.all([kit.census(), kit.hasQueen()]);
    expect({ workers, queen }).toEqual({ workers: 0, queen: false });
  });
});
