// expect: none
// Each started promise is handed to assert.rejects or awaited before any other await, so no rejection is left unobserved.
import { test, describe, beforeEach } from "node:test";
import assert from "node:assert/strict";

interface Ingredient {
  name: string;
  ifraLimitPct: number;
}

interface Accord {
  name: string;
  parts: Record<string, number>;
}

class BlendingBench {
  private readonly stock = new Map<string, Ingredient>();

  addStock(ingredient: Ingredient): void {
    this.stock.set(ingredient.name, ingredient);
  }

  async blend(accord: Accord, totalGrams: number): Promise<Record<string, number>> {
    await new Promise((r) => setTimeout(r, 1));
    const totalParts = Object.values(accord.parts).reduce((a, b) => a + b, 0);
    const grams: Record<string, number> = {};
    for (const [name, parts] of Object.entries(accord.parts)) {
      const ingredient = this.stock.get(name);
      if (!ingredient) throw new Error(`missing stock: ${name}`);
      const pct = (parts / totalParts) * 100;
      if (pct > ingredient.ifraLimitPct) {
        throw new Error(`${name} at ${pct.toFixed(1)}% exceeds IFRA limit ${ingredient.ifraLimitPct}%`);
      }
      grams[name] = Math.round((parts / totalParts) * totalGrams * 100) / 100;
    }
    return grams;
  }
}

describe("accord blending", () => {
  let bench: BlendingBench;

  beforeEach(() => {
    bench = new BlendingBench();
    bench.addStock({ name: "bergamot", ifraLimitPct: 40 });
    bench.addStock({ name: "iso e super", ifraLimitPct: 25 });
    bench.addStock({ name: "hedione", ifraLimitPct: 100 });
  });

  test("scales parts to grams", async () => {
    const blending = bench.blend({ name: "citrus", parts: { bergamot: 3, hedione: 7 } }, 50);
    const grams = await blending;
    assert.deepEqual(grams, { bergamot: 15, hedione: 35 });
  });

  test("rejects over-limit materials", async () => {
    const blending = bench.blend({ name: "woody", parts: { "iso e super": 6, hedione: 4 } }, 20);
    await assert.rejects(blending, /exceeds IFRA limit 25%/);
  });

  test("rejects unknown stock", async () => {
    const blending = bench.blend({ name: "odd", parts: { ambroxan: 1 } }, 10);
    await assert.rejects(blending, /missing stock: ambroxan/);
  });
});
