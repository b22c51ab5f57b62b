// expect: none
// Promises are only handed to expect(...).resolves/rejects or awaited before comparison, so every assertion sees the settled value.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  resolves: { toEqual(expected: unknown): Promise<void>; toBe(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern: RegExp): Promise<void> };
};

interface Quote {
  model: string;
  labourPence: number;
  partsPence: number;
}

class RepairDesk {
  private readonly stock = new Map<string, number>();

  restock(part: string, pricePence: number): void {
    this.stock.set(part, pricePence);
  }

  async hasPart(part: string): Promise<boolean> {
    await Promise.resolve();
    return this.stock.has(part);
  }

  async quote(model: string, parts: string[]): Promise<Quote> {
    let partsPence = 0;
    for (const part of parts) {
      if (!(await this.hasPart(part))) throw new Error(`no ${part} in stock`);
      partsPence += this.stock.get(part)!;
    }
    const labourPence = /electric/i.test(model) ? 6000 : 3500;
    return { model, labourPence, partsPence };
  }
}

describe("repair desk quotes", () => {
  let desk: RepairDesk;

  beforeEach(() => {
    desk = new RepairDesk();
    desk.restock("ribbon", 800);
    desk.restock("platen", 4500);
  });

  it("quotes manual machines", async () => {
    await expect(desk.quote("Olivetti Lettera 32", ["ribbon"])).resolves.toEqual({
      model: "Olivetti Lettera 32",
      labourPence: 3500,
      partsPence: 800,
    });
  });

  it("charges more labour for electrics", async () => {
    const quote = await desk.quote("IBM Selectric electric", ["ribbon", "platen"]);
    expect(quote.labourPence + quote.partsPence).toBe(11300);
  });

  it("knows what is in stock", async () => {
    expect(await desk.hasPart("platen")).toBe(true);
    await expect(desk.hasPart("drawband")).resolves.toBe(false);
  });

  it("refuses to quote without parts", async () => {
    await expect(desk.quote("Hermes 3000", ["drawband"])).rejects.toThrow(/no drawband in stock/);
  });
});
