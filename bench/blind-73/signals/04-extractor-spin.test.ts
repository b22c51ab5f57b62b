// expect: none
// spinDown passes its signal to every delay and once() call and only rethrows aborts; the tests await assert.rejects for the AbortError.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

class FakeExtractor extends EventEmitter {
  rpm = 0;
  brakeEngaged = false;
  readonly log: string[] = [];

  setTarget(rpm: number): void {
    this.log.push(`target ${rpm}`);
    setTimeout(() => {
      this.rpm = rpm;
      this.emit('rpm', rpm);
      if (rpm === 0) this.emit('stopped');
    }, 5);
  }

  engageBrake(): void {
    this.brakeEngaged = true;
    this.log.push('brake');
  }
}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function spinDown(
  extractor: FakeExtractor,
  steps: number[],
  { signal, settleMs = 10 }: { signal?: AbortSignal; settleMs?: number } = {},
): Promise<number> {
  let stepsRun = 0;
  try {
    for (const rpm of steps) {
      extractor.setTarget(rpm);
      await once(extractor, 'rpm', { signal });
      await delay(settleMs, undefined, { signal });
      stepsRun++;
    }
    extractor.setTarget(0);
    await once(extractor, 'stopped', { signal });
    return stepsRun;
  } catch (err) {
    if (isAbortError(err)) {
      extractor.engageBrake();
      throw err;
    }
    throw new Error(`spin-down failed after ${stepsRun} steps`, { cause: err });
  }
}

describe('honey extractor spin-down', () => {
  let extractor: FakeExtractor;

  beforeEach(() => {
    extractor = new FakeExtractor();
    extractor.rpm = 300;
  });

  it('walks down through every step and stops', async () => {
    const steps = await spinDown(extractor, [220, 140, 60]);
    assert.equal(steps, 3);
    assert.equal(extractor.rpm, 0);
    assert.equal(extractor.brakeEngaged, false);
  });

  it('propagates an abort as AbortError and brakes', async () => {
    const controller = new AbortController();
    const run = spinDown(extractor, [220, 140, 60], { signal: controller.signal, settleMs: 50 });
    setTimeout(() => controller.abort(), 15);
    await assert.rejects(run, { name: 'AbortError' });
    assert.equal(extractor.brakeEngaged, true);
  });

  it('rejects immediately for an already aborted signal', async () => {
    await assert.rejects(spinDown(extractor, [100], { signal: AbortSignal.abort() }), { name: 'AbortError' });
    assert.deepEqual(extractor.log, ['target 100', 'brake']);
  });
});
