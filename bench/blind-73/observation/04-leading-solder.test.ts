// expect: no-floating-promises
// The cold-joint test calls assert.rejects without await, so the assertion promise is dropped and the test passes before the rejection is checked.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

type CameProfile = 'H-6mm' | 'H-9mm' | 'U-4mm';

interface Joint {
  panelId: string;
  x: number;
  y: number;
  came: CameProfile;
  ironTempC: number;
}

class ColdJointError extends Error {
  constructor(joint: Joint, minC: number) {
    super(`cold joint at (${joint.x},${joint.y}) on ${joint.panelId}: ${joint.ironTempC}°C < ${minC}°C`);
    this.name = 'ColdJointError';
  }
}

const MIN_IRON_C: Record<CameProfile, number> = { 'H-6mm': 340, 'H-9mm': 360, 'U-4mm': 330 };

class SolderBench {
  completedJoints = 0;
  solderUsedG = 0;
  private readonly seen = new Set<string>();

  async solder(joint: Joint): Promise<void> {
    await delay(1);
    const minC = MIN_IRON_C[joint.came];
    if (joint.ironTempC < minC) throw new ColdJointError(joint, minC);
    const key = `${joint.panelId}:${joint.x}:${joint.y}`;
    if (this.seen.has(key)) throw new Error(`joint ${key} already soldered`);
    this.seen.add(key);
    this.completedJoints++;
    this.solderUsedG += joint.came === 'H-9mm' ? 0.6 : 0.4;
  }
}

describe('stained glass solder bench', () => {
  let bench: SolderBench;
  const joint = (over: Partial<Joint> = {}): Joint => ({
    panelId: 'rose-window-7',
    x: 120,
    y: 40,
    came: 'H-6mm',
    ironTempC: 370,
    ...over,
  });

  beforeEach(() => {
    bench = new SolderBench();
  });

  it('solders a hot joint and counts lead used', async () => {
    await bench.solder(joint());
    await bench.solder(joint({ x: 160, came: 'H-9mm' }));
    assert.equal(bench.completedJoints, 2);
    assert.equal(Number(bench.solderUsedG.toFixed(1)), 1.0);
  });

  it('refuses a cold joint', async () => {
    assert.rejects(bench.solder(joint({ ironTempC: 300 })), ColdJointError);
    assert.equal(bench.solderUsedG, 0);
  });

  it('refuses to solder the same joint twice', async () => {
    await bench.solder(joint());
    await assert.rejects(bench.solder(joint()), /already soldered/);
    assert.equal(bench.completedJoints, 1);
  });

  it('uses the hotter minimum for wide came', async () => {
    await assert.rejects(bench.solder(joint({ came: 'H-9mm', ironTempC: 350 })), /cold joint/);
    await bench.solder(joint({ came: 'U-4mm', ironTempC: 335 }));
    assert.equal(bench.completedJoints, 1);
  });
});
