// expect: none
// The vi.fn stubs and the rate loader are passed as functions to parameters typed as functions, and every promise the tests need is obtained by calling and awaiting them.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
  resolves: { toEqual(expected: unknown): Promise<void> };
};
declare const vi: {
  fn<A extends unknown[], R>(impl: (...args: A) => R): ((...args: A) => R) & { mock: { calls: A[] } };
};

type Size = "S" | "M" | "L" | "XL";

interface RateCard {
  halfDay: number;
  fullDay: number;
  poles: number;
}

interface Deps {
  loadRates: () => Promise<RateCard>;
  countStock: (size: Size) => Promise<number>;
}

export class RentalDesk {
  private rates: RateCard | undefined;

  constructor(private readonly deps: Deps) {}

  async open(): Promise<void> {
    this.rates = await withRetry(this.deps.loadRates, 3);
  }

  async quote(size: Size, days: number, poles: boolean): Promise<number> {
    if (!this.rates) throw new Error("desk not open");
    const inStock = await this.deps.countStock(size);
    if (inStock === 0) throw new Error(`no ${size} snowshoes left`);
    const shoes = days < 1 ? this.rates.halfDay : this.rates.fullDay * Math.ceil(days);
    return shoes + (poles ? this.rates.poles * Math.ceil(days) : 0);
  }
}

async function withRetry<T>(load: () => Promise<T>, attempts: number): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await load();
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}

describe("snowshoe rental desk", () => {
  const card: RateCard = { halfDay: 12, fullDay: 20, poles: 4 };
  let failuresBeforeSuccess: number;
  let loadRates: (() => Promise<RateCard>) & { mock: { calls: [][] } };
  let countStock: ((size: Size) => Promise<number>) & { mock: { calls: [Size][] } };

  beforeEach(() => {
    failuresBeforeSuccess = 0;
    loadRates = vi.fn(async (): Promise<RateCard> => {
      if (failuresBeforeSuccess-- > 0) throw new Error("rates service warming up");
      return card;
    });
    countStock = vi.fn(async (size: Size) => (size === "XL" ? 0 : 7));
  });

  it("retries the rate card until it loads", async () => {
    failuresBeforeSuccess = 2;
    const desk = new RentalDesk({ loadRates, countStock });
    await desk.open();
    expect(loadRates).toHaveBeenCalledTimes(3);
    await expect(desk.quote("M", 2, true)).resolves.toEqual(48);
  });

  it("charges the half-day rate for short trips", async () => {
    const desk = new RentalDesk({ loadRates, countStock });
    await desk.open();
    expect(await desk.quote("S", 0.5, false)).toBe(12);
  });

  it("refuses sizes that are out of stock", async () => {
    const desk = new RentalDesk({ loadRates, countStock });
    await desk.open();
    await expect(desk.quote("XL", 1, false)).rejects.toThrow("no XL snowshoes left");
  });

  it("gives up after three failed rate loads", async () => {
    failuresBeforeSuccess = 5;
    const desk = new RentalDesk({ loadRates, countStock });
    await expect(desk.open()).rejects.toThrow(/warming up/);
  });
});
