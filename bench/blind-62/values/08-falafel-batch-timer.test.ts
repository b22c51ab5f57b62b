// expect: none
// every promise in the tests is awaited before comparison, or passed whole to an awaited expect(...).resolves/.rejects matcher
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(pattern: RegExp | string): Promise<void> };
};

interface FryBasket {
  basketId: string;
  balls: number;
  doughTempC: number;
}

class FakeFryer {
  oilTempC = 150;
  private heating = false;

  async heatTo(targetC: number): Promise<number> {
    this.heating = true;
    await new Promise<void>((r) => setTimeout(r, 2));
    this.oilTempC = targetC;
    this.heating = false;
    return this.oilTempC;
  }

  async isReady(minC: number): Promise<boolean> {
    await Promise.resolve();
    return !this.heating && this.oilTempC >= minC;
  }

  async fry(basket: FryBasket): Promise<{ basketId: string; seconds: number }> {
    if (!(await this.isReady(170))) {
      throw new Error(`oil at ${this.oilTempC}C; too cold for basket ${basket.basketId}`);
    }
    const chillPenalty = Math.max(0, 10 - basket.doughTempC) * 4;
    const seconds = 180 + chillPenalty + Math.max(0, basket.balls - 12) * 3;
    return { basketId: basket.basketId, seconds };
  }
}

describe("falafel fryer batch timing", () => {
  let fryer: FakeFryer;

  beforeEach(() => {
    fryer = new FakeFryer();
  });

  it("is not ready before heating", async () => {
    expect(await fryer.isReady(170)).toBe(false);
  });

  it("reports the reached temperature", async () => {
    await expect(fryer.heatTo(178)).resolves.toBe(178);
    expect(await fryer.isReady(175)).toBe(true);
  });

  it("refuses to fry in cold oil", async () => {
    await expect(fryer.fry({ basketId: "b1", balls: 12, doughTempC: 6 })).rejects.toThrow(/too cold/);
  });

  it("adds time for chilled dough and big baskets", async () => {
    await fryer.heatTo(175);
    const result = await fryer.fry({ basketId: "b2", balls: 16, doughTempC: 4 });
    expect(result).toEqual({ basketId: "b2", seconds: 180 + 24 + 12 });
  });

  it("only fries once the fryer says it is ready", async () => {
    const heated = fryer.heatTo(180);
    await heated;
    if (await fryer.isReady(170)) {
      await expect(fryer.fry({ basketId: "b3", balls: 10, doughTempC: 12 })).resolves.toEqual({
        basketId: "b3",
        seconds: 180,
      });
    }
    expect(fryer.oilTempC).toBeGreaterThan(170);
  });
});

export {};
