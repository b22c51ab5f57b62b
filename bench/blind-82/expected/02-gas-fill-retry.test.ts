// expect: none
// Function references go only where functions are expected (withRetry's op, mock.fn); every promise-or-data slot receives a call result.
import { describe, it, beforeEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface TubeSpec {
  tubeId: string;
  lengthCm: number;
  gas: 'neon' | 'argon' | 'krypton';
}

interface GasCylinder {
  gas: TubeSpec['gas'];
  pressureKpa: number;
}

async function withRetry<T>(op: () => Promise<T>, attempts: number, delayMs = 1): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await op();
    } catch (err) {
      lastError = err;
      await new Promise((r) => setTimeout(r, delayMs * (i + 1)));
    }
  }
  throw lastError;
}

function fillPlan(tubes: TubeSpec[], cylinders: GasCylinder[]): Map<string, string> {
  const plan = new Map<string, string>();
  for (const tube of tubes) {
    const cylinder = cylinders.find((c) => c.gas === tube.gas && c.pressureKpa > tube.lengthCm * 2);
    plan.set(tube.tubeId, cylinder ? cylinder.gas : 'wait-for-delivery');
  }
  return plan;
}

describe('neon bench gas fill', () => {
  let tubeOrder: TubeSpec[];
  let cylinders: GasCylinder[];

  beforeEach(() => {
    tubeOrder = [
      { tubeId: 'OPEN-1', lengthCm: 120, gas: 'neon' },
      { tubeId: 'OPEN-2', lengthCm: 80, gas: 'argon' },
      { tubeId: 'BAR-1', lengthCm: 300, gas: 'krypton' },
    ];
    cylinders = [
      { gas: 'neon', pressureKpa: 400 },
      { gas: 'argon', pressureKpa: 250 },
    ];
  });

  it('retries a flaky manifold read until it succeeds', async () => {
    let calls = 0;
    const readManifold = async (): Promise<number> => {
      calls += 1;
      if (calls < 3) throw new Error('manifold busy');
      return 0.002;
    };

    const torr = await withRetry(readManifold, 5);
    assert.equal(torr, 0.002);
    assert.equal(calls, 3);
  });

  it('gives up after the configured number of attempts', async () => {
    const alwaysBusy = mock.fn(async (): Promise<number> => {
      throw new Error('manifold busy');
    });

    await assert.rejects(withRetry(alwaysBusy, 2), /manifold busy/);
    assert.equal(alwaysBusy.mock.callCount(), 2);
  });

  it('loads tubes and cylinders in parallel before planning', async () => {
    const loadTubes = mock.fn(async () => tubeOrder);
    const loadCylinders = mock.fn(async () => cylinders);

    const [tubes, stock] = await Promise.all([loadTubes(), loadCylinders()]);
    const plan = fillPlan(tubes, stock);

    assert.equal(plan.get('OPEN-1'), 'neon');
    assert.equal(plan.get('OPEN-2'), 'argon');
    assert.equal(plan.get('BAR-1'), 'wait-for-delivery');
    assert.equal(loadTubes.mock.callCount(), 1);
  });

  it('passes the loader itself so each retry is a fresh read', async () => {
    const loadCylinders = mock.fn(async () => {
      if (loadCylinders.mock.callCount() === 0) throw new Error('scale offline');
      return cylinders;
    });

    const stock = await withRetry(loadCylinders, 3);
    assert.equal(stock.length, 2);
    assert.equal(loadCylinders.mock.callCount(), 2);
  });
});
