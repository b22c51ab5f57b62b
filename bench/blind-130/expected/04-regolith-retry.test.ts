// expect: none
// retryLoad takes a loader function and calls it afresh on every attempt, and the tests count those calls to prove each retry issues a new request.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface SimulantLot {
  lotId: string;
  simulant: string;
  kg: number;
}

class TransientLabError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientLabError';
  }
}

async function retryLoad<T>(load: () => Promise<T>, attempts: number, pauseMs: number): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (err) {
      if (!(err instanceof TransientLabError) || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
    }
  }
}

class FlakyWarehouse {
  calls = 0;
  constructor(private failuresBeforeSuccess: number) {}

  async fetchLot(lotId: string): Promise<SimulantLot> {
    this.calls++;
    if (this.failuresBeforeSuccess > 0) {
      this.failuresBeforeSuccess--;
      throw new TransientLabError('glovebox scale busy');
    }
    return { lotId, simulant: 'LHS-1', kg: 50 };
  }
}

describe('retryLoad', () => {
  let warehouse: FlakyWarehouse;

  before(() => {
    warehouse = new FlakyWarehouse(0);
  });

  after(() => {
    warehouse.calls = 0;
  });

  test('returns immediately when the first load succeeds', async () => {
    const lot = await retryLoad(() => warehouse.fetchLot('L-17'), 3, 1);
    assert.deepEqual(lot, { lotId: 'L-17', simulant: 'LHS-1', kg: 50 });
    assert.equal(warehouse.calls, 1);
  });

  test('issues a fresh request for each retry', async () => {
    const flaky = new FlakyWarehouse(2);
    const lot = await retryLoad(() => flaky.fetchLot('L-18'), 3, 1);
    assert.equal(lot.lotId, 'L-18');
    assert.equal(flaky.calls, 3);
  });

  test('gives up after the attempt budget', async () => {
    const flaky = new FlakyWarehouse(5);
    await assert.rejects(retryLoad(() => flaky.fetchLot('L-19'), 3, 1), TransientLabError);
    assert.equal(flaky.calls, 3);
  });

  test('does not retry permanent failures', async () => {
    let calls = 0;
    const load = async (): Promise<SimulantLot> => {
      calls++;
      throw new Error('lot L-20 was never catalogued');
    };
    await assert.rejects(retryLoad(load, 3, 1), /never catalogued/);
    assert.equal(calls, 1);
  });
});
