// expect: no-multiple-settle
// actuate() returns from its executor in the interlocked branch after emitting a warning, without resolving or rejecting, so callers wait forever.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type ValveState = 'closed' | 'open';

class SandValveController extends EventEmitter {
  private state: ValveState = 'closed';
  interlocked = false;
  pressureBar = 6.2;

  constructor(
    readonly bay: string,
    private readonly strokeMs: number,
    private readonly minPressureBar: number,
  ) {
    super();
  }

  get current(): ValveState {
    return this.state;
  }

  actuate(target: ValveState): Promise<ValveState> {
    return new Promise<ValveState>((resolve, reject) => {
      if (this.state === target) {
        resolve(this.state);
        return;
      }
      if (this.interlocked) {
        this.emit('warning', `bay ${this.bay}: valve interlocked while a tram is over the pit`);
        return;
      }
      if (this.pressureBar < this.minPressureBar) {
        reject(new Error(`bay ${this.bay}: air pressure ${this.pressureBar} bar below ${this.minPressureBar}`));
        return;
      }
      setTimeout(() => {
        this.state = target;
        this.emit('moved', target);
        resolve(target);
      }, this.strokeMs);
    });
  }
}

describe('SandValveController', () => {
  let valve: SandValveController;
  const moves: ValveState[] = [];

  before(() => {
    valve = new SandValveController('D3', 5, 4.5);
    valve.on('moved', (s: ValveState) => moves.push(s));
  });

  after(() => {
    valve.removeAllListeners();
  });

  test('opens and reports the new state', async () => {
    assert.equal(await valve.actuate('open'), 'open');
    assert.equal(valve.current, 'open');
  });

  test('is a no-op when already in the requested state', async () => {
    assert.equal(await valve.actuate('open'), 'open');
    assert.deepEqual(moves, ['open']);
  });

  test('rejects when line pressure is too low', async () => {
    valve.pressureBar = 3.9;
    await assert.rejects(valve.actuate('closed'), /below 4.5/);
    valve.pressureBar = 6.2;
    assert.equal(valve.current, 'open');
  });

  test('closes again once pressure is restored', async () => {
    assert.equal(await valve.actuate('closed'), 'closed');
    assert.deepEqual(moves, ['open', 'closed']);
  });
});
