// expect: no-promise-as-value
// The "enough stock" test asserts toBeTruthy() on inventory.canAssemble(...), an un-awaited promise, so it passes even when stock is short.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeTruthy(): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(pattern?: string | RegExp): Promise<void> };
};

type Size = "160Q" | "260Q" | "350Q";

interface KitSpec {
  name: string;
  balloons: Partial<Record<Size, number>>;
  pumps: number;
}

class KitInventory {
  private readonly stock = new Map<Size | "pump", number>();

  constructor(initial: Partial<Record<Size | "pump", number>>) {
    for (const [item, count] of Object.entries(initial)) this.stock.set(item as Size | "pump", count ?? 0);
  }

  private async lookup(item: Size | "pump"): Promise<number> {
    await Promise.resolve();
    return this.stock.get(item) ?? 0;
  }

  async canAssemble(kit: KitSpec, copies = 1): Promise<boolean> {
    for (const [size, count] of Object.entries(kit.balloons) as Array<[Size, number]>) {
      if ((await this.lookup(size)) < count * copies) return false;
    }
    return (await this.lookup("pump")) >= kit.pumps * copies;
  }

  async assemble(kit: KitSpec, copies = 1): Promise<number> {
    if (!(await this.canAssemble(kit, copies))) {
      throw new Error(`not enough stock for ${copies} x ${kit.name}`);
    }
    for (const [size, count] of Object.entries(kit.balloons) as Array<[Size, number]>) {
      this.stock.set(size, (this.stock.get(size) ?? 0) - count * copies);
    }
    this.stock.set("pump", (this.stock.get("pump") ?? 0) - kit.pumps * copies);
    return copies;
  }

  remaining(item: Size | "pump"): number {
    return this.stock.get(item) ?? 0;
  }
}

const PARTY_KIT: KitSpec = { name: "party starter", balloons: { "260Q": 50, "160Q": 20 }, pumps: 1 };
const SWORD_KIT: KitSpec = { name: "sword and dog", balloons: { "260Q": 24 }, pumps: 1 };

describe("KitInventory", () => {
  let inventory: KitInventory;

  beforeEach(() => {
    inventory = new KitInventory({ "260Q": 144, "160Q": 40, "350Q": 10, pump: 3 });
  });

  it("has enough stock for two party kits", () => {
    expect(inventory.canAssemble(PARTY_KIT, 2)).toBeTruthy();
  });

  it("deducts balloons and pumps when assembling", async () => {
    expect(await inventory.assemble(SWORD_KIT, 3)).toBe(3);
    expect(inventory.remaining("260Q")).toBe(72);
    expect(inventory.remaining("pump")).toBe(0);
  });

  it("refuses a kit once pumps run out", async () => {
    await inventory.assemble(SWORD_KIT, 3);
    expect(await inventory.canAssemble(SWORD_KIT)).toBe(false);
    await expect(inventory.assemble(SWORD_KIT)).rejects.toThrow("not enough stock for 1 x sword and dog");
  });

  it("leaves stock untouched when a kit cannot be built", async () => {
    await expect(inventory.assemble(PARTY_KIT, 3)).rejects.toThrow(/party starter/);
    expect(inventory.remaining("260Q")).toBe(144);
    expect(inventory.remaining("160Q")).toBe(40);
  });
});
