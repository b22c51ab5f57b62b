// expect: none
// waitForTemperature reassigns current = read() after each sleep, so every poll awaits a fresh sensor reading rather than the first one.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface PoolReading {
  pool: string;
  celsius: number;
  sulphurPpm: number;
}

async function waitForTemperature(
  read: () => Promise<PoolReading>,
  accept: (r: PoolReading) => boolean,
  { polls = 15, intervalMs = 20 } = {},
): Promise<PoolReading> {
  let current = read();
  for (let i = 1; ; i++) {
    const reading = await current;
    if (accept(reading)) return reading;
    if (i >= polls) {
      throw new Error(`${reading.pool} still at ${reading.celsius}°C after ${polls} polls`);
    }
    await sleep(intervalMs);
    current = read();
  }
}

class FakeSpringSensor {
  private celsius: number;
  readings = 0;

  constructor(
    private readonly pool: string,
    start: number,
    private readonly stepPerRead: number,
  ) {
    this.celsius = start;
  }

  async read(): Promise<PoolReading> {
    this.readings += 1;
    const value = { pool: this.pool, celsius: this.celsius, sulphurPpm: 4.2 };
    this.celsius += this.stepPerRead;
    return value;
  }
}

describe('hot spring pool temperature gating', () => {
  let coolingPool: FakeSpringSensor;
  let warmingPool: FakeSpringSensor;

  beforeEach(() => {
    coolingPool = new FakeSpringSensor('kettle', 44, -1);
    warmingPool = new FakeSpringSensor('lagoon', 35, 0.5);
  });

  afterEach(() => {
    coolingPool.readings = 0;
    warmingPool.readings = 0;
  });

  it('opens the kettle pool once it has cooled to a safe soak temperature', async () => {
    const reading = await waitForTemperature(() => coolingPool.read(), (r) => r.celsius <= 41);
    assert.equal(reading.celsius, 41);
    assert.equal(coolingPool.readings, 4);
  });

  it('waits for the lagoon to warm up', async () => {
    const reading = await waitForTemperature(() => warmingPool.read(), (r) => r.celsius >= 37);
    assert.equal(reading.celsius, 37);
  });

  it('gives up when the pool never reaches range', async () => {
    await assert.rejects(
      waitForTemperature(() => warmingPool.read(), (r) => r.celsius >= 60, { polls: 3, intervalMs: 1 }),
      /lagoon still at 36°C after 3 polls/,
    );
    assert.equal(warmingPool.readings, 3);
  });
});
