// expect: none
// waitForState settles once through cleanup() that removes both listeners and clears the timer on state, fault or timeout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type ValveState = 'closed' | 'opening' | 'open' | 'closing';

class FakeValve extends EventEmitter {
  state: ValveState = 'closed';

  constructor(readonly zone: string) {
    super();
  }

  open(travelMs: number): void {
    this.transition('opening');
    setTimeout(() => this.transition('open'), travelMs);
  }

  close(travelMs: number): void {
    this.transition('closing');
    setTimeout(() => this.transition('closed'), travelMs);
  }

  jam(reason: string): void {
    setTimeout(() => this.emit('fault', new Error(`${this.zone}: ${reason}`)), 5);
  }

  private transition(next: ValveState): void {
    this.state = next;
    this.emit('state', next);
  }
}

function waitForState(valve: FakeValve, target: ValveState, timeoutMs = 500): Promise<ValveState> {
  if (valve.state === target) return Promise.resolve(target);

  const { promise, resolve, reject } = Promise.withResolvers<ValveState>();
  const onState = (s: ValveState) => {
    if (s !== target) return;
    cleanup();
    resolve(s);
  };
  const onFault = (err: Error) => {
    cleanup();
    reject(err);
  };
  const timer = setTimeout(() => {
    cleanup();
    reject(new Error(`zone ${valve.zone} did not reach ${target} within ${timeoutMs}ms`));
  }, timeoutMs);

  function cleanup() {
    clearTimeout(timer);
    valve.off('state', onState);
    valve.off('fault', onFault);
  }

  valve.on('state', onState);
  valve.once('fault', onFault);
  return promise;
}

test('drip line opens after travel time', async () => {
  const valve = new FakeValve('block-7-merlot');
  valve.open(20);
  assert.equal(await waitForState(valve, 'open'), 'open');
  assert.equal(valve.listenerCount('state'), 0);
});

test('open then close cycle passes through intermediate states', async () => {
  const valve = new FakeValve('block-2-riesling');
  valve.open(10);
  await waitForState(valve, 'open');
  valve.close(10);
  await waitForState(valve, 'closed');
  assert.equal(valve.state, 'closed');
});

test('jammed actuator surfaces the fault', async () => {
  const valve = new FakeValve('block-4-syrah');
  valve.jam('actuator stalled at 40%');
  await assert.rejects(waitForState(valve, 'open'), /actuator stalled/);
  assert.equal(valve.listenerCount('fault'), 0);
});

test('valve that never moves times out', async () => {
  const valve = new FakeValve('block-9-pinot');
  await assert.rejects(waitForState(valve, 'open', 50), /did not reach open/);
  assert.equal(valve.listenerCount('state'), 0);
});
