// expect: none
// Assertions compare awaited values; the drain promise is kept on purpose and awaited later, and assert.rejects is meant to take a promise.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface ProbeReading {
  salinityPpt: number;
  tempC: number;
}

class SpawningTank {
  private larvae = 0;
  private salinity = 28;
  private draining = false;

  constructor(private readonly readProbe: () => Promise<ProbeReading>) {}

  async stock(count: number): Promise<void> {
    if (this.draining) throw new Error('tank is draining');
    await sleep(1);
    this.larvae += count;
  }

  async larvaeCount(): Promise<number> {
    await sleep(1);
    return this.larvae;
  }

  async setSalinity(ppt: number): Promise<number> {
    if (ppt < 10 || ppt > 35) throw new RangeError(`salinity ${ppt} ppt out of range`);
    await sleep(1);
    this.salinity = ppt;
    return this.salinity;
  }

  async isWithinSpec(): Promise<boolean> {
    const reading = await this.readProbe();
    return Math.abs(reading.salinityPpt - this.salinity) <= 2 && reading.tempC >= 22 && reading.tempC <= 26;
  }

  async drain(): Promise<number> {
    this.draining = true;
    await sleep(5);
    const removed = this.larvae;
    this.larvae = 0;
    this.draining = false;
    return removed;
  }
}

describe('SpawningTank', () => {
  let probe: ProbeReading;
  let tank: SpawningTank;

  beforeEach(() => {
    probe = { salinityPpt: 28, tempC: 24 };
    tank = new SpawningTank(async () => ({ ...probe }));
  });

  it('counts stocked larvae', async () => {
    await tank.stock(1200);
    await tank.stock(300);
    assert.equal(await tank.larvaeCount(), 1500);
  });

  it('rejects salinity outside the hatchery range', async () => {
    await assert.rejects(tank.setSalinity(40), /out of range/);
    assert.equal(await tank.setSalinity(30), 30);
  });

  it('reports spec from the probe reading', async () => {
    assert.ok(await tank.isWithinSpec());
    probe.tempC = 19;
    assert.equal(await tank.isWithinSpec(), false);
  });

  it('refuses stocking while a drain is in progress', async () => {
    await tank.stock(800);
    const pending = tank.drain();
    await assert.rejects(tank.stock(50), /draining/);
    const removed = await pending;
    assert.equal(removed, 800);
    assert.equal(await tank.larvaeCount(), 0);
  });
});
