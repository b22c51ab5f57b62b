// expect: no-promise-as-value
// assert.ok(kitchen.isInTemper(...)) checks the returned promise, which is always truthy, so the temper check in that test can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

type Couverture = 'dark-70' | 'milk-38' | 'white-31' | 'ruby';

interface TemperLog {
  batchId: string;
  couverture: Couverture;
  peakC: number;
  troughC: number;
  workingC: number;
  snapTestPassed: boolean;
}

const WORKING_RANGE: Record<Couverture, [number, number]> = {
  'dark-70': [31, 32],
  'milk-38': [29, 30],
  'white-31': [27.5, 28.5],
  ruby: [29, 30],
};

class TemperingKitchen {
  private readonly logs = new Map<string, TemperLog>();

  async record(log: TemperLog): Promise<void> {
    await Promise.resolve();
    this.logs.set(log.batchId, log);
  }

  async isInTemper(batchId: string): Promise<boolean> {
    await Promise.resolve();
    const log = this.logs.get(batchId);
    if (!log) return false;
    const [lo, hi] = WORKING_RANGE[log.couverture];
    return log.snapTestPassed && log.workingC >= lo && log.workingC <= hi && log.troughC < lo - 2;
  }

  async label(batchId: string): Promise<string> {
    const log = this.logs.get(batchId);
    if (!log) throw new Error(`no temper log for ${batchId}`);
    const ok = await this.isInTemper(batchId);
    return `${log.couverture.toUpperCase()} #${batchId} ${ok ? 'TEMPERED' : 'RE-TEMPER'} ${log.workingC.toFixed(1)}°C`;
  }
}

describe('TemperingKitchen', () => {
  let kitchen: TemperingKitchen;

  beforeEach(() => {
    kitchen = new TemperingKitchen();
  });

  it('accepts a dark batch held in the working range', async () => {
    await kitchen.record({
      batchId: 'D-118',
      couverture: 'dark-70',
      peakC: 50,
      troughC: 27,
      workingC: 31.5,
      snapTestPassed: true,
    });
    assert.ok(kitchen.isInTemper('D-118'));
    assert.equal(await kitchen.label('D-118'), 'DARK-70 #D-118 TEMPERED 31.5°C');
  });

  it('rejects milk chocolate worked too warm', async () => {
    await kitchen.record({
      batchId: 'M-042',
      couverture: 'milk-38',
      peakC: 45,
      troughC: 26,
      workingC: 31.2,
      snapTestPassed: true,
    });
    assert.equal(await kitchen.isInTemper('M-042'), false);
    assert.match(await kitchen.label('M-042'), /RE-TEMPER/);
  });

  it('requires a passed snap test even in range', async () => {
    await kitchen.record({
      batchId: 'W-007',
      couverture: 'white-31',
      peakC: 40,
      troughC: 25,
      workingC: 28,
      snapTestPassed: false,
    });
    assert.equal(await kitchen.isInTemper('W-007'), false);
  });

  it('treats an unknown batch as not tempered', async () => {
    assert.equal(await kitchen.isInTemper('R-999'), false);
    await assert.rejects(kitchen.label('R-999'), /no temper log/);
  });
});
