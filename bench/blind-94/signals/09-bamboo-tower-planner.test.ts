// expect: none
// The catch blocks here are assertions inside tests: each expects the AbortError, checks it and fails the test if it is missing, so cancellation is still checked, not hidden.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface TowerPlan { levels: number; poles: number; lashings: number }

async function planTower(
  heightM: number,
  fetchWindLoad: (signal: AbortSignal) => Promise<number>,
  signal: AbortSignal,
): Promise<TowerPlan> {
  signal.throwIfAborted();
  const windKpa = await fetchWindLoad(signal);
  const levels = Math.ceil(heightM / 2);
  const extraBracing = windKpa > 1.2 ? levels : 0;
  const poles = levels * 8 + extraBracing * 2;
  return { levels, poles, lashings: poles * 3 };
}

describe('bamboo tower planner', () => {
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
    mock.restoreAll();
  });

  it('plans a six-metre tower', async () => {
    const wind = mock.fn(async () => 0.8);
    const plan = await planTower(6, wind, controller.signal);
    assert.deepEqual(plan, { levels: 3, poles: 24, lashings: 72 });
    assert.equal(wind.mock.callCount(), 1);
  });

  it('stops when the signal is aborted mid-request', async () => {
    const wind = mock.fn(async (signal: AbortSignal) => {
      await sleep(10_000, undefined, { signal });
      return 0.5;
    });
    const pending = planTower(12, wind, controller.signal);
    controller.abort();
    try {
      await pending;
      assert.fail('expected planTower to reject');
    } catch (err) {
      assert.equal((err as Error).name, 'AbortError');
    }
  });

  it('refuses to start with an already-aborted signal', async () => {
    const wind = mock.fn(async () => 0.5);
    await assert.rejects(planTower(4, wind, AbortSignal.abort()), { name: 'AbortError' });
    assert.equal(wind.mock.callCount(), 0);
  });

  it('adds bracing in high wind', async () => {
    const plan = await planTower(8, async () => 1.6, controller.signal);
    assert.equal(plan.poles, 4 * 8 + 4 * 2);
  });
});
