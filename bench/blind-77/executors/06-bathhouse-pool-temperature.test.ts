// expect: none
// Correct: waitForTemperature settles once on a matching reading, a sensor 'error', or its timeout, and finish() clears the timer and both listeners.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
  toBeLessThan(n: number): void;
};

interface PoolSensor extends EventEmitter {
  readonly poolId: string;
}

interface PoolRig {
  sensor: PoolSensor;
  mixer: {
    setGeothermalValve(pct: number): Promise<void>;
    setColdInlet(pct: number): Promise<void>;
  };
  dispose(): Promise<void>;
}

declare function createPoolRig(poolId: string): Promise<PoolRig>;

function waitForTemperature(
  sensor: PoolSensor,
  predicate: (celsius: number) => boolean,
  timeoutMs = 10_000,
): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const onReading = (celsius: number) => {
      if (!predicate(celsius)) return;
      finish();
      resolve(celsius);
    };
    const onError = (err: Error) => {
      finish();
      reject(err);
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`pool ${sensor.poolId} did not reach target within ${timeoutMs}ms`));
    }, timeoutMs);

    function finish() {
      clearTimeout(timer);
      sensor.off('reading', onReading);
      sensor.off('error', onError);
    }

    sensor.on('reading', onReading);
    sensor.on('error', onError);
  });
}

describe('hot spring pool mixing', () => {
  let rig: PoolRig;

  beforeEach(async () => {
    rig = await createPoolRig('rotenburo-2');
    await rig.mixer.setGeothermalValve(0);
    await rig.mixer.setColdInlet(0);
  });

  afterEach(async () => {
    await rig.dispose();
  });

  it('heats the outdoor pool above 40C when the geothermal valve opens', async () => {
    const [celsius] = await Promise.all([
      waitForTemperature(rig.sensor, (c) => c >= 40),
      rig.mixer.setGeothermalValve(80),
    ]);
    expect(celsius).toBeGreaterThanOrEqual(40);
  });

  it('never overshoots the 44C scald limit while mixing', async () => {
    await rig.mixer.setGeothermalValve(100);
    const [peak] = await Promise.all([
      waitForTemperature(rig.sensor, (c) => c >= 42.5, 20_000),
      rig.mixer.setColdInlet(35),
    ]);
    expect(peak).toBeLessThan(44);
  });

  it('cools back below 38C once the cold inlet is open', async () => {
    await rig.mixer.setGeothermalValve(10);
    const [celsius] = await Promise.all([
      waitForTemperature(rig.sensor, (c) => c < 38, 30_000),
      rig.mixer.setColdInlet(60),
    ]);
    expect(celsius < 38).toBe(true);
  });
});
