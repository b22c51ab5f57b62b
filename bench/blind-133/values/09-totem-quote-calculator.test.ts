// expect: none
// Every assertion compares awaited values, and the only promise handed to an assertion goes to assert.rejects, which is designed to receive a promise and is itself awaited.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface RateCard {
  cedarPerMetre: number;
  figureDayRate: number;
  paintingFlat: number;
}

interface RateSource {
  current(): Promise<RateCard>;
}

interface QuoteRequest {
  heightM: number;
  figures: string[];
  painted: boolean;
}

class TotemQuoteCalculator {
  constructor(private readonly rates: RateSource) {}

  async quote(req: QuoteRequest): Promise<number> {
    if (req.heightM <= 0 || req.heightM > 25) throw new RangeError(`unsupported pole height ${req.heightM}m`);
    if (req.figures.length === 0) throw new Error('a commission needs at least one figure');
    const rate = await this.rates.current();
    const carvingDays = req.figures.reduce((days, f) => days + (f === 'thunderbird' ? 6 : 4), 0);
    const total = req.heightM * rate.cedarPerMetre + carvingDays * rate.figureDayRate + (req.painted ? rate.paintingFlat : 0);
    return Math.round(total);
  }

  async isAffordable(req: QuoteRequest, budget: number): Promise<boolean> {
    return (await this.quote(req)) <= budget;
  }
}

describe('TotemQuoteCalculator', () => {
  let calls = 0;
  let calculator: TotemQuoteCalculator;

  before(() => {
    calculator = new TotemQuoteCalculator({
      async current() {
        calls++;
        return { cedarPerMetre: 800, figureDayRate: 450, paintingFlat: 1_200 };
      },
    });
  });

  after(() => {
    calls = 0;
  });

  test('prices cedar, carving days and paint', async () => {
    const total = await calculator.quote({ heightM: 6, figures: ['raven', 'thunderbird'], painted: true });
    assert.equal(total, 6 * 800 + 10 * 450 + 1_200);
  });

  test('leaves paint out for bare poles', async () => {
    assert.equal(await calculator.quote({ heightM: 3, figures: ['bear'], painted: false }), 3 * 800 + 4 * 450);
  });

  test('compares the quote with the budget', async () => {
    assert.equal(await calculator.isAffordable({ heightM: 4, figures: ['frog'], painted: false }, 5_000), true);
    assert.equal(await calculator.isAffordable({ heightM: 12, figures: ['orca', 'eagle'], painted: true }, 5_000), false);
  });

  test('rejects impossible poles', async () => {
    await assert.rejects(calculator.quote({ heightM: 40, figures: ['bear'], painted: false }), RangeError);
    await assert.rejects(calculator.quote({ heightM: 5, figures: [], painted: true }), /at least one figure/);
    assert.ok(calls > 0);
  });
});
