// expect: none
// waitForEvent() listens for both 'reading' and 'sensorerror', clears its timer and removes the other listener on every path.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface CabinetReading {
  cabinet: string;
  relativeHumidity: number;
  celsius: number;
}

declare function classifyCabinet(reading: CabinetReading): 'safe' | 'mould-risk' | 'too-dry';

class CabinetSensor extends EventTarget {
  report(reading: CabinetReading): void {
    this.dispatchEvent(new CustomEvent('reading', { detail: reading }));
  }
  fail(message: string): void {
    this.dispatchEvent(new CustomEvent('sensorerror', { detail: message }));
  }
}

function waitForReading(sensor: CabinetSensor, timeoutMs: number): Promise<CabinetReading> {
  return new Promise<CabinetReading>((resolve, reject) => {
    const onReading = (event: Event) => {
      clearTimeout(timer);
      sensor.removeEventListener('sensorerror', onError);
      resolve((event as CustomEvent<CabinetReading>).detail);
    };
    const onError = (event: Event) => {
      clearTimeout(timer);
      sensor.removeEventListener('reading', onReading);
      reject(new Error(`sensor failed: ${(event as CustomEvent<string>).detail}`));
    };
    const timer = setTimeout(() => {
      sensor.removeEventListener('reading', onReading);
      sensor.removeEventListener('sensorerror', onError);
      reject(new Error(`no cabinet reading within ${timeoutMs}ms`));
    }, timeoutMs);

    sensor.addEventListener('reading', onReading, { once: true });
    sensor.addEventListener('sensorerror', onError, { once: true });
  });
}

describe('moth collection cabinet climate', () => {
  let sensor: CabinetSensor;

  beforeEach(() => {
    sensor = new CabinetSensor();
  });

  afterEach(() => {
    sensor.fail('test teardown');
  });

  it('flags a damp lepidoptera drawer as mould risk', async () => {
    const pending = waitForReading(sensor, 200);
    sensor.report({ cabinet: 'LEP-14', relativeHumidity: 68.5, celsius: 19.2 });
    const reading = await pending;
    expect(reading.relativeHumidity).toBeCloseTo(68.5, 1);
    expect(classifyCabinet(reading)).toBe('mould-risk');
  });

  it('accepts a drawer inside the 45-55% band', async () => {
    const pending = waitForReading(sensor, 200);
    sensor.report({ cabinet: 'LEP-02', relativeHumidity: 50, celsius: 18 });
    expect(classifyCabinet(await pending)).toBe('safe');
  });

  it('surfaces a sensor failure instead of hanging', async () => {
    const pending = waitForReading(sensor, 200);
    sensor.fail('probe unplugged');
    await expect(pending).rejects.toThrow('sensor failed: probe unplugged');
  });

  it('times out when the cabinet sensor is silent', async () => {
    await expect(waitForReading(sensor, 20)).rejects.toThrow(/no cabinet reading/);
  });
});
