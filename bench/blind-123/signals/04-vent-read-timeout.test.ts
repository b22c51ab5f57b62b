// expect: no-leaked-race
// readWithTimeout races the sensor read against a setTimeout rejection that is never cleared, so every successful read leaves a live timer that fires (and keeps the process alive) long after the race is decided.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface VentSensor {
  readonly ventId: string;
  readSo2(): Promise<number>;
}

class SensorTimeoutError extends Error {
  override name = 'SensorTimeoutError';
}

function readWithTimeout(sensor: VentSensor, ms: number): Promise<number> {
  return Promise.race([
    sensor.readSo2(),
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new SensorTimeoutError(`vent ${sensor.ventId} silent for ${ms}ms`)), ms);
    }),
  ]);
}

async function sweep(sensors: VentSensor[], ms: number): Promise<Record<string, number | null>> {
  const result: Record<string, number | null> = {};
  for (const sensor of sensors) {
    try {
      result[sensor.ventId] = await readWithTimeout(sensor, ms);
    } catch (err) {
      if (!(err instanceof SensorTimeoutError)) throw err;
      result[sensor.ventId] = null;
    }
  }
  return result;
}

function sensorAnswering(ventId: string, ppm: number, afterMs: number): VentSensor {
  return {
    ventId,
    readSo2: () => new Promise((resolve) => setTimeout(() => resolve(ppm), afterMs)),
  };
}

describe('readWithTimeout', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns the reading when the sensor answers in time', async () => {
    const pending = readWithTimeout(sensorAnswering('north-fumarole', 7.5, 200), 1_000);
    await vi.advanceTimersByTimeAsync(200);
    expect(await pending).toBe(7.5);
  });

  it('times out a silent sensor', async () => {
    const outcome = readWithTimeout(sensorAnswering('crater-rim', 3, 60_000), 1_000).catch((err: Error) => err);
    await vi.advanceTimersByTimeAsync(1_000);
    const err = await outcome;
    expect(err).toBeInstanceOf(SensorTimeoutError);
  });

  it('sweeps all vents and records silent ones as null', async () => {
    const pending = sweep(
      [sensorAnswering('a', 1.2, 100), sensorAnswering('b', 9, 5_000), sensorAnswering('c', 0.4, 50)],
      2_000,
    );
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await pending).toEqual({ a: 1.2, b: null, c: 0.4 });
  });

  it('propagates sensor faults that are not timeouts', async () => {
    const broken: VentSensor = { ventId: 'x', readSo2: () => Promise.reject(new Error('heater fault')) };
    await expect(sweep([broken], 1_000)).rejects.toThrow('heater fault');
  });
});
