// expect: none
// The helper listens to repeated 'reading' events with on(), but settles once, removing both listeners and clearing the timer on success, error and timeout.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface HumidityReading {
  bay: string;
  relativeHumidity: number;
  leafTempC: number;
  at: number;
}

class BaySensor extends EventEmitter {
  private interval: NodeJS.Timeout | undefined;
  private rh: number;

  constructor(readonly bay: string, startRh: number, private readonly stepPerTick: number) {
    super();
    this.rh = startRh;
  }

  startMisting() {
    this.interval = setInterval(() => {
      this.rh = Math.min(100, this.rh + this.stepPerTick);
      if (this.rh >= 98) {
        this.stop();
        this.emit('error', new Error(`bay ${this.bay}: condensation alarm`));
        return;
      }
      this.emit('reading', { bay: this.bay, relativeHumidity: this.rh, leafTempC: 24.5, at: Date.now() });
    }, 2);
  }

  stop() {
    clearInterval(this.interval);
  }
}

function waitForHumidity(sensor: BaySensor, target: number, timeoutMs: number): Promise<HumidityReading> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      sensor.off('reading', onReading);
      sensor.off('error', onError);
    };
    const onReading = (reading: HumidityReading) => {
      if (reading.relativeHumidity < target) return;
      cleanup();
      resolve(reading);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`bay ${sensor.bay} did not reach ${target}% RH within ${timeoutMs} ms`));
    }, timeoutMs);

    sensor.on('reading', onReading);
    sensor.on('error', onError);
  });
}

describe('phalaenopsis bay misting', () => {
  let sensor: BaySensor;

  beforeEach(() => {
    sensor = new BaySensor('P-3', 62, 3);
  });

  afterEach(() => {
    sensor.stop();
  });

  it('reaches the target humidity for flowering', async () => {
    sensor.startMisting();
    const reading = await waitForHumidity(sensor, 75, 1_000);
    sensor.stop();
    assert.ok(reading.relativeHumidity >= 75);
    assert.equal(sensor.listenerCount('reading'), 0);
  });

  it('surfaces the condensation alarm instead of waiting forever', async () => {
    sensor.startMisting();
    await assert.rejects(waitForHumidity(sensor, 99, 1_000), /condensation alarm/);
    assert.equal(sensor.listenerCount('error'), 0);
  });

  it('times out when misting never starts', async () => {
    await assert.rejects(waitForHumidity(sensor, 75, 20), /did not reach 75% RH/);
    assert.equal(sensor.listenerCount('reading'), 0);
  });
});
