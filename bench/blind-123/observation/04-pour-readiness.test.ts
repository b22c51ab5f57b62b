// expect: none
// Both readiness checks are started together and awaited through Promise.all, so a rejection from either one is observed immediately.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface MoldPit {
  moistureReading(pitId: string): Promise<number>;
}

interface BronzeFurnace {
  meltTemperature(furnaceId: string): Promise<number>;
}

class PourReadiness {
  constructor(
    private readonly pits: MoldPit,
    private readonly furnaces: BronzeFurnace,
  ) {}

  async check(pitId: string, furnaceId: string): Promise<{ ready: boolean; reasons: string[] }> {
    const [moisture, melt] = await Promise.all([
      this.pits.moistureReading(pitId),
      this.furnaces.meltTemperature(furnaceId),
    ]);
    const reasons: string[] = [];
    if (moisture > 4) reasons.push(`loam mold ${pitId} still at ${moisture}% moisture`);
    if (melt < 1100) reasons.push(`bell metal at ${melt}C, needs 1100C`);
    return { ready: reasons.length === 0, reasons };
  }
}

function fakePits(moisture: number | Error, ms = 5): MoldPit {
  return {
    async moistureReading() {
      await delay(ms);
      if (moisture instanceof Error) throw moisture;
      return moisture;
    },
  };
}

function fakeFurnaces(celsius: number | Error, ms = 5): BronzeFurnace {
  return {
    async meltTemperature() {
      await delay(ms);
      if (celsius instanceof Error) throw celsius;
      return celsius;
    },
  };
}

describe('PourReadiness', () => {
  let unhandled: unknown[];
  const onUnhandled = (reason: unknown) => {
    unhandled.push(reason);
  };

  before(() => {
    unhandled = [];
    process.on('unhandledRejection', onUnhandled);
  });

  after(() => {
    process.off('unhandledRejection', onUnhandled);
  });

  test('ready when the mold is dry and the metal is hot', async () => {
    const readiness = new PourReadiness(fakePits(2.5), fakeFurnaces(1150));
    assert.deepEqual(await readiness.check('pit-3', 'f-1'), { ready: true, reasons: [] });
  });

  test('lists every reason the pour must wait', async () => {
    const readiness = new PourReadiness(fakePits(7), fakeFurnaces(980));
    const result = await readiness.check('pit-1', 'f-2');
    assert.equal(result.ready, false);
    assert.equal(result.reasons.length, 2);
  });

  test('surfaces a furnace thermocouple failure even while the pit probe is slow', async () => {
    const readiness = new PourReadiness(fakePits(3, 40), fakeFurnaces(new Error('thermocouple open circuit'), 1));
    await assert.rejects(readiness.check('pit-2', 'f-1'), /thermocouple open circuit/);
    await delay(50);
    assert.deepEqual(unhandled, []);
  });
});
