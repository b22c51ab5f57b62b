// expect: no-reused-settled-promise
// waitForLevel reads the gauge once before polling and re-awaits that same settled reading every loop, so it can never observe the level rising.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface LevelReading {
  cisternId: string;
  litres: number;
  readAt: number;
}

class FakeCistern {
  private litres = 0;
  private inflowTimer?: NodeJS.Timeout;

  constructor(
    readonly id: string,
    readonly capacityLitres: number,
  ) {}

  startRain(litresPerTick: number, tickMs = 10): void {
    this.inflowTimer = setInterval(() => {
      this.litres = Math.min(this.capacityLitres, this.litres + litresPerTick);
    }, tickMs);
  }

  stopRain(): void {
    clearInterval(this.inflowTimer);
  }

  async readLevel(): Promise<LevelReading> {
    await delay(1);
    return { cisternId: this.id, litres: this.litres, readAt: Date.now() };
  }

  overflowing(): boolean {
    return this.litres >= this.capacityLitres;
  }
}

async function waitForLevel(cistern: FakeCistern, minLitres: number, timeoutMs = 1_000): Promise<LevelReading> {
  const deadline = Date.now() + timeoutMs;
  const reading = cistern.readLevel();
  while (Date.now() < deadline) {
    const level = await reading;
    if (level.litres >= minLitres) return level;
    await delay(20);
  }
  throw new Error(`cistern ${cistern.id} did not reach ${minLitres}L within ${timeoutMs}ms`);
}

describe('rainwater cistern filling', () => {
  let cistern: FakeCistern;

  beforeEach(() => {
    cistern = new FakeCistern('north-barn', 500);
  });

  afterEach(() => {
    cistern.stopRain();
  });

  it('reports the level once the target is reached', async () => {
    cistern.startRain(25);
    const reading = await waitForLevel(cistern, 200);
    assert.ok(reading.litres >= 200);
    assert.equal(reading.cisternId, 'north-barn');
  });

  it('caps at capacity and flags overflow', async () => {
    cistern.startRain(100);
    await waitForLevel(cistern, 500);
    assert.equal(cistern.overflowing(), true);
  });

  it('times out when it is not raining', async () => {
    await assert.rejects(waitForLevel(cistern, 10, 80), /did not reach 10L/);
  });
});
