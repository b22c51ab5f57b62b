// expect: none
// retryRoute invokes the setter function on every attempt instead of reusing the first promise, and the tests verify the call counts that prove it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

class RouteBusyError extends Error {
  override name = 'RouteBusyError';
}

async function retryRoute<T>(setRoute: () => Promise<T>, attempts: number, pauseMs: number): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await setRoute();
    } catch (err) {
      if (!(err instanceof RouteBusyError)) throw err;
      lastError = err;
      if (attempt < attempts) await sleep(pauseMs);
    }
  }
  throw lastError;
}

interface Panel {
  calls: number;
  setRoute(from: string, to: string): Promise<string>;
}

function flakyPanel(busyTimes: number): Panel {
  const panel: Panel = {
    calls: 0,
    async setRoute(from, to) {
      panel.calls++;
      if (panel.calls <= busyTimes) throw new RouteBusyError(`route ${from}-${to}: overlap still locked`);
      return `${from}->${to}`;
    },
  };
  return panel;
}

describe('retryRoute', () => {
  let started: number;

  before(() => {
    started = Date.now();
  });

  after(() => {
    assert.ok(Date.now() - started < 5_000, 'retry pauses should be short in tests');
  });

  test('sets the route on the first try when the panel is free', async () => {
    const panel = flakyPanel(0);
    assert.equal(await retryRoute(() => panel.setRoute('S1', 'S4'), 3, 1), 'S1->S4');
    assert.equal(panel.calls, 1);
  });

  test('asks the panel again after an overlap lock clears', async () => {
    const panel = flakyPanel(2);
    assert.equal(await retryRoute(() => panel.setRoute('S1', 'S6'), 3, 1), 'S1->S6');
    assert.equal(panel.calls, 3);
  });

  test('gives up after the attempts are exhausted', async () => {
    const panel = flakyPanel(5);
    await assert.rejects(retryRoute(() => panel.setRoute('S2', 'S4'), 3, 1), RouteBusyError);
    assert.equal(panel.calls, 3);
  });

  test('does not retry errors other than RouteBusyError', async () => {
    let calls = 0;
    const failing = async (): Promise<string> => {
      calls++;
      throw new TypeError('unknown signal S9');
    };
    await assert.rejects(retryRoute(failing, 3, 1), TypeError);
    assert.equal(calls, 1);
  });
});
