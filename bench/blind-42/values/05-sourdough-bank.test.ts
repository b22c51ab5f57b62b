// expect: no-promise-as-value
// The deposit test asserts assert.ok(bank.hasStarter(...)) without awaiting; the pending promise is truthy, so the check can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Starter {
  starterId: string;
  flour: 'rye' | 'wheat' | 'spelt';
  hydrationPct: number;
  origin: string;
  depositedBy: string;
}

interface StarterBank {
  deposit(starter: Starter): Promise<void>;
  withdraw(starterId: string, grams: number): Promise<{ grams: number; remaining: number }>;
  hasStarter(starterId: string): Promise<boolean>;
  stockGrams(starterId: string): Promise<number>;
}

declare function createTestBank(opts: { initialGrams: number }): Promise<StarterBank>;

const SAN_FRANCISCO_1849: Starter = {
  starterId: 'sf-1849',
  flour: 'wheat',
  hydrationPct: 100,
  origin: 'San Francisco, reputedly from the gold rush',
  depositedBy: 'Boudin family archive',
};

const FINNISH_RYE: Starter = {
  starterId: 'fi-ruis-07',
  flour: 'rye',
  hydrationPct: 80,
  origin: 'Ostrobothnia farmhouse',
  depositedBy: 'M. Koskinen',
};

describe('sourdough starter bank', () => {
  let bank: StarterBank;

  beforeEach(async () => {
    bank = await createTestBank({ initialGrams: 200 });
  });

  it('stores a deposited starter', async () => {
    await bank.deposit(SAN_FRANCISCO_1849);
    assert.ok(bank.hasStarter('sf-1849'), 'deposited starter should be in the bank');
    assert.equal(await bank.stockGrams('sf-1849'), 200);
  });

  it('refuses a duplicate deposit', async () => {
    await bank.deposit(FINNISH_RYE);
    await assert.rejects(bank.deposit(FINNISH_RYE), /already banked/);
  });

  it('lets a baker withdraw a portion and keeps a reserve', async () => {
    await bank.deposit(FINNISH_RYE);
    const { grams, remaining } = await bank.withdraw('fi-ruis-07', 50);
    assert.equal(grams, 50);
    assert.equal(remaining, 150);
  });

  it('never drains a culture below the 25 g mother reserve', async () => {
    await bank.deposit(FINNISH_RYE);
    await assert.rejects(bank.withdraw('fi-ruis-07', 190), /reserve/);
    assert.equal(await bank.stockGrams('fi-ruis-07'), 200);
  });

  it('reports unknown starters as absent', async () => {
    assert.equal(await bank.hasStarter('no-such-starter'), false);
  });
});
