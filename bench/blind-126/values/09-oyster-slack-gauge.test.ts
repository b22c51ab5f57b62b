// expect: none
// Every assertion on the async gauge methods awaits them first, so the checks compare the resolved booleans and numbers rather than promise objects.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface CurrentMeter {
  latestKnots(station: string): Promise<number>;
  trendKnotsPerMin(station: string): Promise<number>;
}

class SlackWaterGauge {
  constructor(
    private readonly meter: CurrentMeter,
    private readonly station: string,
    private readonly slackKnots = 0.3,
  ) {}

  async isSlackWater(): Promise<boolean> {
    return Math.abs(await this.meter.latestKnots(this.station)) <= this.slackKnots;
  }

  async minutesOfSlackLeft(): Promise<number> {
    const [knots, trend] = await Promise.all([this.meter.latestKnots(this.station), this.meter.trendKnotsPerMin(this.station)]);
    if (Math.abs(knots) > this.slackKnots) return 0;
    if (trend === 0) return Infinity;
    const limit = trend > 0 ? this.slackKnots : -this.slackKnots;
    return Math.max(0, Math.floor((limit - knots) / trend));
  }
}

function meterReading(knots: number, trend = 0): CurrentMeter {
  return {
    async latestKnots() {
      return knots;
    },
    async trendKnotsPerMin() {
      return trend;
    },
  };
}

describe('SlackWaterGauge', () => {
  let calls: string[];

  before(() => {
    calls = [];
  });

  after(() => {
    calls.length = 0;
  });

  test('reports slack water when the current is nearly still', async () => {
    const gauge = new SlackWaterGauge(meterReading(0.12), 'bay-north');
    assert.equal(await gauge.isSlackWater(), true);
  });

  test('does not report slack during the flood', async () => {
    const gauge = new SlackWaterGauge(meterReading(1.8), 'bay-north');
    assert.equal(await gauge.isSlackWater(), false);
  });

  test('treats ebb current symmetrically', async () => {
    const gauge = new SlackWaterGauge(meterReading(-0.25), 'bay-north');
    assert.ok(await gauge.isSlackWater());
  });

  test('estimates remaining slack from the current trend', async () => {
    const gauge = new SlackWaterGauge(meterReading(0.1, 0.02), 'channel-marker-4');
    assert.equal(await gauge.minutesOfSlackLeft(), 10);
  });

  test('asks the meter for the configured station', async () => {
    const meter: CurrentMeter = {
      async latestKnots(station) {
        calls.push(station);
        return 0;
      },
      async trendKnotsPerMin() {
        return 0;
      },
    };
    assert.equal(await new SlackWaterGauge(meter, 'weir-gate').minutesOfSlackLeft(), Infinity);
    assert.deepEqual(calls, ['weir-gate']);
  });
});
