// expect: none
// waitForState listens for the wanted state, for 'jam' and for a timeout, and tears all three down before settling once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

type ExtruderState = 'idle' | 'heating' | 'extruding' | 'cooling';

class FakeExtruder extends EventEmitter {
  state: ExtruderState = 'idle';
  private timers: NodeJS.Timeout[] = [];

  run(doughKg: number, jamAfterMs?: number): void {
    this.transition('heating', 5);
    this.transition('extruding', 15);
    if (jamAfterMs !== undefined) {
      this.timers.push(setTimeout(() => this.emit('jam', { doughKg, die: 'udon-4mm' }), jamAfterMs));
      return;
    }
    this.transition('cooling', 25 + doughKg);
    this.transition('idle', 35 + doughKg);
  }

  dispose(): void {
    for (const t of this.timers) clearTimeout(t);
    this.removeAllListeners();
  }

  private transition(next: ExtruderState, afterMs: number): void {
    this.timers.push(
      setTimeout(() => {
        this.state = next;
        this.emit('state', next);
      }, afterMs),
    );
  }
}

function waitForState(extruder: FakeExtruder, wanted: ExtruderState, timeoutMs = 500): Promise<ExtruderState[]> {
  return new Promise<ExtruderState[]>((resolve, reject) => {
    const seen: ExtruderState[] = [];
    const done = () => {
      clearTimeout(timer);
      extruder.off('state', onState);
      extruder.off('jam', onJam);
    };
    const onState = (state: ExtruderState) => {
      seen.push(state);
      if (state !== wanted) return;
      done();
      resolve(seen);
    };
    const onJam = (info: { die: string }) => {
      done();
      reject(new Error(`extruder jammed on die ${info.die} after ${seen.join(' -> ') || 'start'}`));
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`extruder never reached ${wanted}; saw ${seen.join(' -> ')}`));
    }, timeoutMs);

    extruder.on('state', onState);
    extruder.on('jam', onJam);
  });
}

describe('noodle extruder lifecycle', () => {
  let extruder: FakeExtruder;

  beforeEach(() => {
    extruder = new FakeExtruder();
  });

  afterEach(() => {
    extruder.dispose();
  });

  it('passes through heating and extruding before going idle', async () => {
    const reached = waitForState(extruder, 'idle');
    extruder.run(2);
    assert.deepEqual(await reached, ['heating', 'extruding', 'cooling', 'idle']);
  });

  it('reports a jam instead of hanging', async () => {
    const reached = waitForState(extruder, 'idle');
    extruder.run(3, 20);
    await assert.rejects(reached, /jammed on die udon-4mm after heating -> extruding/);
  });

  it('times out when the extruder is never started', async () => {
    await assert.rejects(waitForState(extruder, 'extruding', 50), /never reached extruding/);
  });

  it('leaves no listeners behind after settling', async () => {
    const reached = waitForState(extruder, 'extruding');
    extruder.run(1);
    await reached;
    assert.equal(extruder.listenerCount('state'), 0);
    assert.equal(extruder.listenerCount('jam'), 0);
  });
});
