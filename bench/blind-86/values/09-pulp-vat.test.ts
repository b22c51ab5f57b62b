// expect: none
// Every assertion on an async result awaits it first, and assert.rejects/doesNotReject are given the promise itself, which is what they expect.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface VatSensor {
  levelPct(): Promise<number>;
  consistencyPct(): Promise<number>;
}

interface Valve {
  open(pct: number): Promise<void>;
  close(): Promise<void>;
}

class StockVat {
  constructor(private readonly sensor: VatSensor, private readonly dilution: Valve) {}

  async needsDilution(targetConsistency = 3.2): Promise<boolean> {
    return (await this.sensor.consistencyPct()) > targetConsistency + 0.2;
  }

  async drainTo(levelPct: number): Promise<number> {
    const level = await this.sensor.levelPct();
    if (levelPct < 15) throw new RangeError('refusing to drain below agitator height (15%)');
    if (level <= levelPct) return level;
    return levelPct;
  }

  async dilute(): Promise<void> {
    if (!(await this.needsDilution())) return;
    await this.dilution.open(40);
  }
}

describe('StockVat', () => {
  let sensor: { levelPct: ReturnType<typeof mock.fn<VatSensor['levelPct']>>; consistencyPct: ReturnType<typeof mock.fn<VatSensor['consistencyPct']>> };
  let valve: { open: ReturnType<typeof mock.fn<Valve['open']>>; close: ReturnType<typeof mock.fn<Valve['close']>> };
  let vat: StockVat;

  beforeEach(() => {
    sensor = {
      levelPct: mock.fn<VatSensor['levelPct']>(async () => 72),
      consistencyPct: mock.fn<VatSensor['consistencyPct']>(async () => 3.1),
    };
    valve = { open: mock.fn<Valve['open']>(async () => {}), close: mock.fn<Valve['close']>(async () => {}) };
    vat = new StockVat(sensor, valve);
  });

  afterEach(() => {
    mock.restoreAll();
  });

  it('does not dilute stock that is on target', async () => {
    assert.equal(await vat.needsDilution(), false);
    await vat.dilute();
    assert.equal(valve.open.mock.callCount(), 0);
  });

  it('opens the dilution valve for thick stock', async () => {
    sensor.consistencyPct.mock.mockImplementation(async () => 3.9);
    assert.ok(await vat.needsDilution());
    await assert.doesNotReject(vat.dilute());
    assert.deepEqual(valve.open.mock.calls[0].arguments, [40]);
  });

  it('drains to the requested level', async () => {
    assert.equal(await vat.drainTo(50), 50);
  });

  it('refuses to uncover the agitator', async () => {
    await assert.rejects(vat.drainTo(10), RangeError);
  });
});
