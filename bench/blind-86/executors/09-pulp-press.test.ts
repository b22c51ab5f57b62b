// expect: none
// waitForState filters repeated 'state' events but settles once through finish(), which also removes the error listener and clears the timer; 'error' is handled too.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type PressState = 'idle' | 'loading' | 'pressing' | 'released' | 'fault';

class TwinWirePress extends EventEmitter {
  state: PressState = 'idle';
  private timers: ReturnType<typeof setTimeout>[] = [];

  constructor(readonly nipLoadKn: number) {
    super();
  }

  private go(state: PressState, afterMs: number): void {
    this.timers.push(
      setTimeout(() => {
        this.state = state;
        this.emit('state', state);
      }, afterMs),
    );
  }

  press(felt: 'pickup' | 'bottom'): void {
    if (this.nipLoadKn > 120) {
      setImmediate(() => this.emit('error', new Error(`nip load ${this.nipLoadKn}kN over limit for ${felt}`)));
      return;
    }
    this.go('loading', 10);
    this.go('pressing', 20);
    this.go('released', 30);
  }

  shutdown(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    this.removeAllListeners();
  }
}

function waitForState(press: TwinWirePress, wanted: PressState, timeoutMs = 1_000): Promise<PressState[]> {
  return new Promise((resolve, reject) => {
    const seen: PressState[] = [];
    const finish = (err: Error | null) => {
      clearTimeout(timer);
      press.off('state', onState);
      press.off('error', onError);
      if (err) reject(err);
      else resolve(seen);
    };
    const onState = (s: PressState) => {
      seen.push(s);
      if (s === wanted) finish(null);
    };
    const onError = (err: Error) => finish(err);
    const timer = setTimeout(
      () => finish(new Error(`press never reached ${wanted}; saw ${seen.join(' -> ') || 'nothing'}`)),
      timeoutMs,
    );
    press.on('state', onState);
    press.on('error', onError);
  });
}

describe('TwinWirePress', () => {
  let press: TwinWirePress;

  beforeEach(() => {
    press = new TwinWirePress(95);
  });

  afterEach(() => {
    press.shutdown();
  });

  it('walks through loading and pressing before release', async () => {
    const released = waitForState(press, 'released');
    press.press('pickup');
    assert.deepEqual(await released, ['loading', 'pressing', 'released']);
  });

  it('stops at pressing when only that is awaited', async () => {
    const pressing = waitForState(press, 'pressing');
    press.press('bottom');
    const seen = await pressing;
    assert.equal(seen.at(-1), 'pressing');
    assert.equal(press.state, 'pressing');
  });

  it('rejects when the nip load is over the limit', async () => {
    press.shutdown();
    press = new TwinWirePress(140);
    const released = waitForState(press, 'released');
    press.press('pickup');
    await assert.rejects(released, /over limit/);
  });

  it('times out when the press is never started', async () => {
    await assert.rejects(waitForState(press, 'released', 50), /never reached released/);
  });
});
