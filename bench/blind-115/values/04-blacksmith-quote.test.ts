// expect: none
// Every assertion compares awaited quote values, and the rejection case is checked with an awaited assert.rejects, so no promise is compared as if it were a value.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface CommissionSpec {
  item: 'gate' | 'poker' | 'hook' | 'bracket';
  material: 'mild-steel' | 'wrought-iron';
  weightKg: number;
  rush: boolean;
}

interface MaterialPrices {
  perKg(material: CommissionSpec['material']): Promise<number>;
}

const LABOUR_HOURS: Record<CommissionSpec['item'], number> = { gate: 14, poker: 1.5, hook: 0.5, bracket: 2 };
const HOURLY_CENTS = 6_500;

class ForgeQuoter {
  constructor(private readonly prices: MaterialPrices) {}

  async quote(spec: CommissionSpec): Promise<{ totalCents: number; leadDays: number }> {
    if (spec.weightKg <= 0) throw new RangeError('weight must be positive');
    const perKg = await this.prices.perKg(spec.material);
    const material = Math.round(perKg * spec.weightKg);
    const labour = Math.round(LABOUR_HOURS[spec.item] * HOURLY_CENTS);
    const subtotal = material + labour;
    return {
      totalCents: spec.rush ? Math.round(subtotal * 1.35) : subtotal,
      leadDays: spec.rush ? 3 : spec.item === 'gate' ? 21 : 7,
    };
  }

  async isAffordable(spec: CommissionSpec, budgetCents: number): Promise<boolean> {
    const { totalCents } = await this.quote(spec);
    return totalCents <= budgetCents;
  }
}

describe('ForgeQuoter', () => {
  let quoter: ForgeQuoter;
  let lookups: string[];

  before(() => {
    lookups = [];
    quoter = new ForgeQuoter({
      perKg: async (material) => {
        lookups.push(material);
        return material === 'wrought-iron' ? 1_800 : 450;
      },
    });
  });

  after(() => {
    lookups.length = 0;
  });

  test('prices a mild-steel poker from material and labour', async () => {
    const quote = await quoter.quote({ item: 'poker', material: 'mild-steel', weightKg: 1.2, rush: false });
    assert.deepEqual(quote, { totalCents: 540 + 9_750, leadDays: 7 });
    assert.equal(lookups.at(-1), 'mild-steel');
  });

  test('applies the rush surcharge', async () => {
    const normal = await quoter.quote({ item: 'hook', material: 'wrought-iron', weightKg: 0.3, rush: false });
    const rushed = await quoter.quote({ item: 'hook', material: 'wrought-iron', weightKg: 0.3, rush: true });
    assert.equal(rushed.totalCents, Math.round(normal.totalCents * 1.35));
    assert.equal(rushed.leadDays, 3);
  });

  test('checks a budget against the quoted total', async () => {
    const gate: CommissionSpec = { item: 'gate', material: 'wrought-iron', weightKg: 40, rush: false };
    assert.equal(await quoter.isAffordable(gate, 200_000), true);
    assert.equal(await quoter.isAffordable(gate, 150_000), false);
  });

  test('rejects a non-positive weight', async () => {
    await assert.rejects(quoter.quote({ item: 'bracket', material: 'mild-steel', weightKg: 0, rush: false }), RangeError);
  });
});
