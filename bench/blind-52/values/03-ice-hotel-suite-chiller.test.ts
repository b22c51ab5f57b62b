// expect: none
// Values written in 'changed' callbacks are read only after awaiting adjust(), which emits before resolving, and async getters are awaited before asserting.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface ChillerState {
  suite: string;
  setpointC: number;
  compressorOn: boolean;
}

class SuiteChiller extends EventEmitter {
  private state: ChillerState;

  constructor(suite: string) {
    super();
    this.state = { suite, setpointC: -5, compressorOn: false };
  }

  async setpoint(): Promise<number> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.state.setpointC;
  }

  async isRunning(): Promise<boolean> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.state.compressorOn;
  }

  async adjust(deltaC: number): Promise<void> {
    await new Promise<void>((resolve) => setTimeout(resolve, 2));
    const next = Math.max(-12, Math.min(-2, this.state.setpointC + deltaC));
    this.state = { ...this.state, setpointC: next, compressorOn: next < -4 };
    this.emit('changed', { ...this.state });
  }
}

describe('ice hotel suite chiller', () => {
  let chiller: SuiteChiller;

  beforeEach(() => {
    chiller = new SuiteChiller('northern-lights');
  });

  it('starts at the default setpoint', async () => {
    assert.equal(await chiller.setpoint(), -5);
  });

  it('clamps the setpoint at the warm limit', async () => {
    await chiller.adjust(10);
    assert.equal(await chiller.setpoint(), -2);
    assert.equal(await chiller.isRunning(), false);
  });

  it('reports the new state through the changed event', async () => {
    let seen: ChillerState | undefined;
    chiller.on('changed', (state: ChillerState) => {
      seen = state;
    });
    await chiller.adjust(-3);
    assert.deepEqual(seen, { suite: 'northern-lights', setpointC: -8, compressorOn: true });
  });

  it('counts every change event', async () => {
    let changes = 0;
    chiller.on('changed', () => {
      changes++;
    });
    for (const delta of [-1, -1, 2]) {
      await chiller.adjust(delta);
    }
    assert.equal(changes, 3);
  });

  it('emits changed after the adjustment is applied', async () => {
    const [[state]] = await Promise.all([once(chiller, 'changed'), chiller.adjust(-2)]);
    assert.equal((state as ChillerState).setpointC, -7);
  });

  it('runs the compressor once below minus four', async () => {
    assert.equal(await chiller.isRunning(), false);
    await chiller.adjust(-1);
    assert.ok(await chiller.isRunning());
  });
});
