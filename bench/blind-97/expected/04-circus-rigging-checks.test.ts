// expect: none
// waitUntil takes a function and calls it on every poll to get a fresh status promise, teardown calls `await station.close()`, and the checks are passed as functions to a runner that invokes them, so nothing async is left uncalled or re-awaited.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

type WinchState = 'idle' | 'lowering' | 'raising' | 'locked';

interface WinchController {
  status(winchId: string): Promise<WinchState>;
  lock(winchId: string): Promise<void>;
}

class RiggingStation {
  private open = true;

  constructor(private readonly winches: WinchController) {}

  async lockAll(ids: string[]): Promise<void> {
    if (!this.open) throw new Error('station closed');
    await Promise.all(ids.map((id) => this.winches.lock(id)));
  }

  status(id: string): Promise<WinchState> {
    return this.winches.status(id);
  }

  async close(): Promise<void> {
    this.open = false;
  }
}

async function waitUntil<T>(probe: () => Promise<T>, done: (value: T) => boolean, tries = 20): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await probe();
    if (done(value)) return value;
    await sleep(5);
  }
  throw new Error(`condition not met after ${tries} polls`);
}

async function runChecks(checks: Array<() => Promise<void>>): Promise<number> {
  for (const check of checks) await check();
  return checks.length;
}

describe('RiggingStation', () => {
  let states: Map<string, WinchState>;
  let station: RiggingStation;
  let lock: ReturnType<typeof mock.fn<WinchController['lock']>>;

  beforeEach(() => {
    states = new Map([['fly-1', 'raising'], ['fly-2', 'idle']]);
    lock = mock.fn<WinchController['lock']>(async (id) => {
      setTimeout(() => states.set(id, 'locked'), 10);
    });
    station = new RiggingStation({ status: async (id) => states.get(id) ?? 'idle', lock });
  });

  afterEach(async () => {
    await station.close();
    mock.restoreAll();
  });

  it('locks every winch before the aerial act', async () => {
    await station.lockAll(['fly-1', 'fly-2']);
    assert.equal(lock.mock.callCount(), 2);
    const final = await waitUntil(() => station.status('fly-1'), (s) => s === 'locked');
    assert.equal(final, 'locked');
  });

  it('runs the pre-show checklist in order', async () => {
    const order: string[] = [];
    const count = await runChecks([
      async () => {
        await station.lockAll(['fly-2']);
        order.push('lock');
      },
      async () => {
        await waitUntil(() => station.status('fly-2'), (s) => s === 'locked');
        order.push('verify');
      },
    ]);
    assert.equal(count, 2);
    assert.deepEqual(order, ['lock', 'verify']);
  });

  it('refuses to lock once the station is closed', async () => {
    await station.close();
    await assert.rejects(station.lockAll(['fly-1']), /station closed/);
  });
});
