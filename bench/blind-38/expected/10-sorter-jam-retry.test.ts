// expect: none
// retryJamClear receives a factory and makes a new clear attempt each time; the one promise awaited twice is a memoised calibration checked on purpose.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Lane = 'pet' | 'hdpe' | 'aluminium' | 'cardboard' | 'residual';

class JamError extends Error {
  constructor(readonly lane: Lane, readonly attempt: number) {
    super(`${lane} lane still jammed on attempt ${attempt}`);
  }
}

async function retryJamClear<T>(attempt: () => Promise<T>, tries: number): Promise<T> {
  let last: unknown;
  for (let i = 1; i <= tries; i++) {
    try {
      return await attempt();
    } catch (err) {
      if (!(err instanceof JamError)) throw err;
      last = err;
    }
  }
  throw last;
}

class FakeSorter {
  clearCalls = 0;
  private calibration: Promise<Record<Lane, number>> | undefined;

  constructor(private readonly jamsBeforeClear: number) {}

  async clearJam(lane: Lane): Promise<{ lane: Lane; reversedBeltMs: number }> {
    this.clearCalls += 1;
    if (this.clearCalls <= this.jamsBeforeClear) {
      throw new JamError(lane, this.clearCalls);
    }
    return { lane, reversedBeltMs: 800 * this.clearCalls };
  }

  calibrateOptics(): Promise<Record<Lane, number>> {
    this.calibration ??= Promise.resolve({ pet: 0.97, hdpe: 0.94, aluminium: 0.99, cardboard: 0.9, residual: 0.5 });
    return this.calibration;
  }
}

describe('recycling sorter jam recovery', () => {
  let sorter: FakeSorter;

  beforeEach(() => {
    sorter = new FakeSorter(2);
  });

  it('clears the PET lane on the third reverse-belt attempt', async () => {
    const result = await retryJamClear(() => sorter.clearJam('pet'), 4);
    assert.deepEqual(result, { lane: 'pet', reversedBeltMs: 2400 });
    assert.equal(sorter.clearCalls, 3);
  });

  it('gives up with the last jam error when attempts run out', async () => {
    await assert.rejects(retryJamClear(() => sorter.clearJam('cardboard'), 2), (err: unknown) => {
      assert.ok(err instanceof JamError);
      assert.equal(err.attempt, 2);
      return true;
    });
    assert.equal(sorter.clearCalls, 2);
  });

  it('does not retry errors that are not jams', async () => {
    let calls = 0;
    const boom = async () => {
      calls += 1;
      throw new TypeError('optical sensor offline');
    };
    await assert.rejects(retryJamClear(boom, 5), TypeError);
    assert.equal(calls, 1);
  });

  it('reuses one optics calibration for every lane', async () => {
    const calibration = sorter.calibrateOptics();
    assert.equal(sorter.calibrateOptics(), calibration);
    const [first, second] = [await calibration, await calibration];
    assert.equal(first, second);
    assert.ok(first.aluminium > first.residual);
  });
});
