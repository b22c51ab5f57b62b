// expect: no-swallowed-abort
// runWithRetry treats every failure as retryable, so an AbortError from the operator's cancel is caught and the sluice command is retried instead of stopping.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

type SluiceCommand = { sluice: 'upper' | 'lower'; openPercent: number };

interface SluiceController {
  set(cmd: SluiceCommand, signal: AbortSignal): Promise<{ reachedPercent: number }>;
}

async function runWithRetry(
  controller: SluiceController,
  cmd: SluiceCommand,
  signal: AbortSignal,
  attempts = 3,
): Promise<{ reachedPercent: number; tries: number }> {
  let lastErr: unknown;
  for (let tries = 1; tries <= attempts; tries++) {
    try {
      const { reachedPercent } = await controller.set(cmd, signal);
      return { reachedPercent, tries };
    } catch (err) {
      lastErr = err;
    }
  }
  throw new Error(`sluice ${cmd.sluice} did not reach ${cmd.openPercent}%`, { cause: lastErr });
}

class FlakySluice implements SluiceController {
  calls = 0;
  constructor(private readonly failFirst: number) {}

  async set(cmd: SluiceCommand, signal: AbortSignal) {
    signal.throwIfAborted();
    this.calls++;
    if (this.calls <= this.failFirst) {
      throw new Error('paddle gear slipped');
    }
    return { reachedPercent: cmd.openPercent };
  }
}

describe('runWithRetry', () => {
  let controller: AbortController;

  before(() => {
    controller = new AbortController();
  });

  after(() => {
    controller.abort();
  });

  test('succeeds first time on a healthy sluice', async () => {
    const sluice = new FlakySluice(0);
    const result = await runWithRetry(sluice, { sluice: 'upper', openPercent: 40 }, controller.signal);
    assert.deepEqual(result, { reachedPercent: 40, tries: 1 });
  });

  test('retries through a transient gear slip', async () => {
    const sluice = new FlakySluice(2);
    const result = await runWithRetry(sluice, { sluice: 'lower', openPercent: 100 }, controller.signal);
    assert.equal(result.tries, 3);
    assert.equal(sluice.calls, 3);
  });

  test('gives up after the attempt budget', async () => {
    const sluice = new FlakySluice(5);
    await assert.rejects(
      runWithRetry(sluice, { sluice: 'upper', openPercent: 15 }, controller.signal, 2),
      (err: Error) => {
        assert.match(err.message, /did not reach 15%/);
        assert.match((err.cause as Error).message, /paddle gear slipped/);
        return true;
      },
    );
  });
});
