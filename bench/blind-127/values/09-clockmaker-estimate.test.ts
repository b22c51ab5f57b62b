// expect: none
// Every assertion compares an awaited estimate (or passes the promise to assert.rejects), so the tests check resolved values rather than promises.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface RepairTicket {
  movement: 'longcase' | 'bracket' | 'carriage' | 'skeleton';
  faults: string[];
  antique: boolean;
}

interface Estimate {
  hours: number;
  partsCents: number;
  totalCents: number;
}

interface PartsPricing {
  priceFor(fault: string): Promise<number | null>;
}

class RepairEstimator {
  constructor(
    private readonly pricing: PartsPricing,
    private readonly hourlyCents = 6_500,
  ) {}

  async estimate(ticket: RepairTicket): Promise<Estimate> {
    if (ticket.faults.length === 0) throw new Error('nothing to estimate');
    const prices = await Promise.all(ticket.faults.map((f) => this.pricing.priceFor(f)));
    const partsCents = prices.reduce<number>((sum, p) => sum + (p ?? 0), 0);
    const base = ticket.movement === 'longcase' ? 4 : ticket.movement === 'skeleton' ? 5 : 2.5;
    const hours = (base + ticket.faults.length * 1.5) * (ticket.antique ? 1.3 : 1);
    return { hours, partsCents, totalCents: Math.round(hours * this.hourlyCents) + partsCents };
  }

  async isWorthRepairing(ticket: RepairTicket, valueCents: number): Promise<boolean> {
    const { totalCents } = await this.estimate(ticket);
    return ticket.antique || totalCents < valueCents * 0.6;
  }
}

describe('RepairEstimator', () => {
  let estimator: RepairEstimator;
  const priced: string[] = [];

  before(() => {
    estimator = new RepairEstimator({
      async priceFor(fault) {
        priced.push(fault);
        if (fault === 'mainspring') return 4_200;
        if (fault === 'suspension spring') return 900;
        return null;
      },
    });
  });

  after(() => {
    priced.length = 0;
  });

  test('adds labour and parts', async () => {
    const estimate = await estimator.estimate({ movement: 'bracket', faults: ['mainspring'], antique: false });
    assert.equal(estimate.hours, 4);
    assert.equal(estimate.partsCents, 4_200);
    assert.equal(estimate.totalCents, 4 * 6_500 + 4_200);
  });

  test('charges a surcharge on antique movements', async () => {
    const plain = await estimator.estimate({ movement: 'longcase', faults: ['suspension spring'], antique: false });
    const antique = await estimator.estimate({ movement: 'longcase', faults: ['suspension spring'], antique: true });
    assert.ok(antique.hours > plain.hours);
  });

  test('refuses an empty ticket', async () => {
    await assert.rejects(estimator.estimate({ movement: 'carriage', faults: [], antique: false }), /nothing to estimate/);
  });

  test('advises against repairing a cheap carriage clock', async () => {
    const ticket: RepairTicket = { movement: 'carriage', faults: ['mainspring', 'escapement', 'bushings'], antique: false };
    assert.equal(await estimator.isWorthRepairing(ticket, 8_000), false);
    assert.equal(await estimator.isWorthRepairing({ ...ticket, antique: true }, 8_000), true);
  });
});
