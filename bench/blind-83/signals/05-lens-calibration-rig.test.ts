// expect: no-leaked-race
// The test helper races once(rig, 'calibrated') against a timers/promises sleep that is never cancelled, so the 5-second timer and the losing listener outlive every passing test.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

interface Calibration {
  panel: string;
  focalLengthMm: number;
  aberrationArcsec: number;
}

class FresnelRig extends EventEmitter {
  private pending: NodeJS.Timeout | undefined;

  mount(panel: string, focalLengthMm: number, settleMs = 10): void {
    this.pending = setTimeout(() => {
      const aberrationArcsec = Math.abs(focalLengthMm - 920) / 4;
      this.emit('calibrated', { panel, focalLengthMm, aberrationArcsec } satisfies Calibration);
    }, settleMs);
  }

  jam(): void {
    clearTimeout(this.pending);
  }

  dispose(): void {
    clearTimeout(this.pending);
    this.removeAllListeners();
  }
}

async function calibrated(rig: FresnelRig, timeoutMs = 5_000): Promise<Calibration> {
  const [result] = await Promise.race([
    once(rig, 'calibrated') as Promise<[Calibration]>,
    sleep(timeoutMs).then((): never => {
      throw new Error(`rig did not calibrate within ${timeoutMs}ms`);
    }),
  ]);
  return result;
}

describe('first-order Fresnel lens calibration', () => {
  let rig: FresnelRig;

  beforeEach(() => {
    rig = new FresnelRig();
  });

  afterEach(() => {
    rig.dispose();
  });

  it('calibrates a bullseye panel close to its design focal length', async () => {
    const pending = calibrated(rig);
    rig.mount('bullseye-3', 920);
    const cal = await pending;
    assert.equal(cal.panel, 'bullseye-3');
    assert.equal(cal.aberrationArcsec, 0);
  });

  it('reports aberration for a warped panel', async () => {
    const pending = calibrated(rig);
    rig.mount('catadioptric-7', 944);
    const cal = await pending;
    assert.ok(cal.aberrationArcsec > 5);
  });

  it('times out when the rig jams', async () => {
    const pending = calibrated(rig, 50);
    rig.mount('dioptric-1', 920, 200);
    rig.jam();
    await assert.rejects(pending, /did not calibrate/);
  });
});
