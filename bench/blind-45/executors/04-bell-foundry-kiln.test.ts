// expect: none
// waitForPhase's withResolvers deferred settles via phase, fault or timeout, and each path first clears the timer and both listeners.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type KilnPhase = 'preheat' | 'burnout' | 'soak' | 'cooldown' | 'ready';

class MouldKiln extends EventEmitter {
  phase: KilnPhase = 'preheat';
  private timers: NodeJS.Timeout[] = [];

  schedule(phases: KilnPhase[], stepMs: number): void {
    phases.forEach((phase, i) => {
      this.timers.push(
        setTimeout(() => {
          this.phase = phase;
          this.emit('phase', phase);
        }, stepMs * (i + 1)),
      );
    });
  }

  failAfter(ms: number, reason: string): void {
    this.timers.push(setTimeout(() => this.emit('fault', new Error(reason)), ms));
  }

  shutdown(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    this.removeAllListeners();
  }
}

function waitForPhase(kiln: MouldKiln, target: KilnPhase, timeoutMs: number): Promise<KilnPhase> {
  const { promise, resolve, reject } = Promise.withResolvers<KilnPhase>();
  if (kiln.phase === target) {
    resolve(target);
    return promise;
  }

  const cleanup = () => {
    clearTimeout(timer);
    kiln.off('phase', onPhase);
    kiln.off('fault', onFault);
  };
  const onPhase = (phase: KilnPhase) => {
    if (phase !== target) return;
    cleanup();
    resolve(phase);
  };
  const onFault = (err: Error) => {
    cleanup();
    reject(err);
  };
  const timer = setTimeout(() => {
    cleanup();
    reject(new Error(`kiln did not reach ${target} within ${timeoutMs} ms`));
  }, timeoutMs);

  kiln.on('phase', onPhase);
  kiln.on('fault', onFault);
  return promise;
}

let kiln: MouldKiln;

beforeEach(() => {
  kiln = new MouldKiln();
});

afterEach(() => {
  kiln.shutdown();
});

test('mould reaches soak after burnout', async () => {
  kiln.schedule(['burnout', 'soak', 'cooldown'], 5);
  const phase = await waitForPhase(kiln, 'soak', 500);
  assert.equal(phase, 'soak');
  assert.equal(kiln.listenerCount('phase'), 0);
});

test('a thermocouple fault rejects the wait', async () => {
  kiln.schedule(['burnout'], 5);
  kiln.failAfter(12, 'thermocouple open circuit');
  await assert.rejects(waitForPhase(kiln, 'ready', 500), /thermocouple open circuit/);
  assert.equal(kiln.listenerCount('fault'), 0);
});

test('a stalled kiln times out', async () => {
  kiln.schedule(['burnout'], 5);
  await assert.rejects(waitForPhase(kiln, 'cooldown', 40), /did not reach cooldown/);
});

test('already in the requested phase resolves immediately', async () => {
  kiln.phase = 'ready';
  assert.equal(await waitForPhase(kiln, 'ready', 10), 'ready');
  assert.equal(kiln.listenerCount('phase'), 0);
});
