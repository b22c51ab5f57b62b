// expect: no-multiple-settle
// waitForStable never clears its timeout when 'stable' arrives, so the timer still fires reject on an already-resolved promise and holds the test process open.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface TensionReading {
  course: number;
  newtons: number;
  pitchHz: number;
}

class FakeTensionRig extends EventEmitter {
  readonly applied: Array<{ course: number; newtons: number }> = [];
  private pending: NodeJS.Timeout[] = [];

  apply(course: number, newtons: number): void {
    this.applied.push({ course, newtons });
    const pitchHz = Math.sqrt(newtons) * 7.1;
    this.pending.push(
      setTimeout(() => this.emit('stable', { course, newtons, pitchHz } satisfies TensionReading), 20),
    );
  }

  dispose(): void {
    for (const t of this.pending) clearTimeout(t);
    this.pending = [];
    this.removeAllListeners();
  }
}

function waitForStable(rig: FakeTensionRig, timeoutMs: number): Promise<TensionReading> {
  return new Promise<TensionReading>((resolve, reject) => {
    const onStable = (reading: TensionReading) => resolve(reading);
    const timer = setTimeout(() => {
      rig.off('stable', onStable);
      reject(new Error(`rig did not stabilise within ${timeoutMs}ms`));
    }, timeoutMs);
    rig.once('stable', onStable);
  });
}

function expectedPitch(newtons: number): number {
  return Math.sqrt(newtons) * 7.1;
}

describe('pedal harp restringing rig', () => {
  let rig: FakeTensionRig;

  beforeEach(() => {
    rig = new FakeTensionRig();
  });

  afterEach(() => {
    rig.dispose();
  });

  it('reports a stable reading after tension is applied', async () => {
    const stable = waitForStable(rig, 1_000);
    rig.apply(12, 180);
    const reading = await stable;
    assert.equal(reading.course, 12);
    assert.ok(Math.abs(reading.pitchHz - expectedPitch(180)) < 0.01);
  });

  it('records every course that was tensioned', async () => {
    for (const [course, newtons] of [[3, 95], [4, 102], [5, 110]] as const) {
      const stable = waitForStable(rig, 1_000);
      rig.apply(course, newtons);
      await stable;
    }
    assert.deepEqual(
      rig.applied.map((a) => a.course),
      [3, 4, 5],
    );
  });

  it('gives up when the rig never settles', async () => {
    await assert.rejects(waitForStable(rig, 30), /did not stabilise/);
    assert.equal(rig.listenerCount('stable'), 0);
  });
});
