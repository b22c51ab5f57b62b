// expect: none
// runFatigueCycles checks the signal each cycle and passes it to the timer, and the tests assert the AbortError surfaces rather than catching it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RigActuator {
  load(newtons: number): void;
  release(): void;
  sagMm(): number;
}

export interface FatigueResult {
  cycles: number;
  maxSagMm: number;
  creepMm: number;
}

export async function runFatigueCycles(
  rig: RigActuator,
  cycles: number,
  options: { newtons: number; holdMs: number; signal?: AbortSignal },
): Promise<FatigueResult> {
  const { signal } = options;
  let maxSag = 0;
  let firstSag: number | null = null;
  let lastSag = 0;
  for (let cycle = 1; cycle <= cycles; cycle++) {
    signal?.throwIfAborted();
    rig.load(options.newtons);
    try {
      await sleep(options.holdMs, undefined, { signal });
      lastSag = rig.sagMm();
    } finally {
      rig.release();
    }
    firstSag ??= lastSag;
    maxSag = Math.max(maxSag, lastSag);
  }
  return { cycles, maxSagMm: maxSag, creepMm: lastSag - (firstSag ?? lastSag) };
}

function fakeRig(): RigActuator & { releases: number; loads: number } {
  let current = 0;
  let loads = 0;
  return {
    releases: 0,
    get loads() {
      return loads;
    },
    load(n: number) {
      loads++;
      current = n / 10 + loads * 0.5;
    },
    release() {
      this.releases++;
      current = 0;
    },
    sagMm() {
      return current;
    },
  };
}

describe('runFatigueCycles', () => {
  it('measures sag and creep across cycles', async () => {
    const rig = fakeRig();
    const result = await runFatigueCycles(rig, 4, { newtons: 1500, holdMs: 1 });
    assert.equal(result.cycles, 4);
    assert.equal(result.maxSagMm, 152);
    assert.equal(result.creepMm, 1.5);
    assert.equal(rig.releases, 4);
  });

  it('stops with an AbortError and releases the load when cancelled mid-hold', async () => {
    const rig = fakeRig();
    const controller = new AbortController();
    const run = runFatigueCycles(rig, 1000, { newtons: 1200, holdMs: 20, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);

    await assert.rejects(run, { name: 'AbortError' });
    assert.ok(rig.loads < 1000);
    assert.equal(rig.releases, rig.loads);
  });

  it('does not start when the signal is already aborted', async () => {
    const rig = fakeRig();
    await assert.rejects(
      runFatigueCycles(rig, 3, { newtons: 900, holdMs: 1, signal: AbortSignal.abort() }),
      { name: 'AbortError' },
    );
    assert.equal(rig.loads, 0);
  });
});
