// expect: none
// waitForGate aborts its controller in a finally block, which removes the once() listener and cancels the timeout sleep whichever side of the race wins.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

type GatePosition = 'open' | 'closed';

class GateTimeoutError extends Error {
  override name = 'GateTimeoutError';
}

async function waitForGate(gate: EventEmitter, position: GatePosition, timeoutMs: number): Promise<void> {
  const ac = new AbortController();
  try {
    await Promise.race([
      once(gate, position, { signal: ac.signal }),
      sleep(timeoutMs, undefined, { signal: ac.signal }).then(() => {
        throw new GateTimeoutError(`gate did not report ${position} within ${timeoutMs}ms`);
      }),
    ]);
  } finally {
    ac.abort();
  }
}

describe('waitForGate', () => {
  let gate: EventEmitter;
  let pendingTimers: NodeJS.Timeout[];

  before(() => {
    gate = new EventEmitter();
    pendingTimers = [];
  });

  after(() => {
    for (const t of pendingTimers) clearTimeout(t);
    gate.removeAllListeners();
  });

  test('resolves when the mitre gate reports open', async () => {
    pendingTimers.push(setTimeout(() => gate.emit('open'), 20));
    await waitForGate(gate, 'open', 1000);
    assert.equal(gate.listenerCount('open'), 0);
  });

  test('rejects with GateTimeoutError when the gate never moves', async () => {
    await assert.rejects(waitForGate(gate, 'closed', 30), GateTimeoutError);
    assert.equal(gate.listenerCount('closed'), 0);
  });

  test('ignores the other position while waiting', async () => {
    pendingTimers.push(setTimeout(() => gate.emit('open'), 5));
    pendingTimers.push(setTimeout(() => gate.emit('closed'), 25));
    await waitForGate(gate, 'closed', 500);
    assert.equal(gate.listenerCount('open'), 0);
    assert.equal(gate.listenerCount('closed'), 0);
  });

  test('finishes quickly without waiting out the timeout', async () => {
    const started = Date.now();
    pendingTimers.push(setTimeout(() => gate.emit('open'), 10));
    await waitForGate(gate, 'open', 10_000);
    assert.ok(Date.now() - started < 1000);
  });
});
