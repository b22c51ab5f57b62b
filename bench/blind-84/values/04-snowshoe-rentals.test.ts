// expect: none
// Assertions on async results either await the value first or use expect(promise).resolves/.rejects, which are built to take a promise and are awaited.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

type Terrain = "groomed" | "backcountry" | "trail-running";

interface Pair {
  id: string;
  size: "S" | "M" | "L";
  terrain: Terrain;
  rentedTo?: string;
}

export class SnowshoeInventory {
  private readonly pairs = new Map<string, Pair>();

  constructor(seed: Pair[]) {
    for (const p of seed) this.pairs.set(p.id, { ...p });
  }

  async isAvailable(size: Pair["size"], terrain: Terrain): Promise<boolean> {
    await Promise.resolve();
    return [...this.pairs.values()].some((p) => p.size === size && p.terrain === terrain && !p.rentedTo);
  }

  async rent(size: Pair["size"], terrain: Terrain, customer: string): Promise<Pair> {
    await Promise.resolve();
    const pair = [...this.pairs.values()].find((p) => p.size === size && p.terrain === terrain && !p.rentedTo);
    if (!pair) throw new Error(`no ${size} ${terrain} snowshoes left`);
    pair.rentedTo = customer;
    return { ...pair };
  }

  async returnPair(id: string): Promise<number> {
    await Promise.resolve();
    const pair = this.pairs.get(id);
    if (!pair?.rentedTo) throw new Error(`pair ${id} is not out on rent`);
    pair.rentedTo = undefined;
    return [...this.pairs.values()].filter((p) => !p.rentedTo).length;
  }
}

describe("snowshoe inventory", () => {
  let inventory: SnowshoeInventory;

  beforeEach(() => {
    inventory = new SnowshoeInventory([
      { id: "tubbs-01", size: "M", terrain: "backcountry" },
      { id: "tubbs-02", size: "M", terrain: "backcountry" },
      { id: "msr-07", size: "L", terrain: "groomed" },
    ]);
  });

  it("reports availability per size and terrain", async () => {
    expect(await inventory.isAvailable("M", "backcountry")).toBe(true);
    await expect(inventory.isAvailable("S", "groomed")).resolves.toBe(false);
  });

  it("rents out pairs until the size runs out", async () => {
    await expect(inventory.rent("M", "backcountry", "ana")).resolves.toEqual({
      id: "tubbs-01",
      size: "M",
      terrain: "backcountry",
      rentedTo: "ana",
    });
    const second = await inventory.rent("M", "backcountry", "ben");
    expect(second.id).toBe("tubbs-02");
    await expect(inventory.rent("M", "backcountry", "cai")).rejects.toThrow("no M backcountry snowshoes left");
    expect(await inventory.isAvailable("M", "backcountry")).toBe(false);
  });

  it("counts free pairs after a return", async () => {
    const pair = await inventory.rent("L", "groomed", "dee");
    const free = await inventory.returnPair(pair.id);
    expect(free).toBe(3);
    await expect(inventory.returnPair(pair.id)).rejects.toThrow(/not out on rent/);
  });
});
