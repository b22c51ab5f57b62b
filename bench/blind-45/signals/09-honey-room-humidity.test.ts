// expect: none
// Only an abort caused by the helper's own deadline becomes a DryingTimeoutError; an abort from the caller's signal is rethrown unchanged, and the tests check both.
import { EventEmitter, on } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: {
    toThrow(pattern: RegExp): Promise<void>;
    toMatchObject(shape: Record<string, unknown>): Promise<void>;
  };
};

interface RoomReading {
  relativeHumidityPct: number;
  temperatureC: number;
}

class DryingTimeoutError extends Error {
  constructor(targetPct: number, ms: number, options?: { cause?: unknown }) {
    super(`extraction room did not reach ${targetPct}% RH within ${ms} ms`, options);
    this.name = 'DryingTimeoutError';
  }
}

async function waitForDryRoom(
  sensor: EventEmitter,
  targetPct: number,
  { signal, deadlineMs }: { signal?: AbortSignal; deadlineMs: number },
): Promise<RoomReading> {
  const deadline = AbortSignal.timeout(deadlineMs);
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  try {
    for await (const [reading] of on(sensor, 'reading', { signal: combined })) {
      const r = reading as RoomReading;
      // Honey above ~18.6% moisture ferments; keep the room well below 60% RH while uncapping.
      if (r.relativeHumidityPct <= targetPct) return r;
    }
    throw new Error('sensor stream ended');
  } catch (err) {
    if (deadline.aborted && !signal?.aborted) {
      throw new DryingTimeoutError(targetPct, deadlineMs, { cause: err });
    }
    throw err;
  }
}

describe('waitForDryRoom', () => {
  let sensor: EventEmitter;
  let feed: ReturnType<typeof setInterval> | undefined;

  const startFeed = (values: number[], everyMs = 5) => {
    feed = setInterval(() => {
      const rh = values.shift();
      if (rh !== undefined) sensor.emit('reading', { relativeHumidityPct: rh, temperatureC: 27 });
    }, everyMs);
  };

  beforeEach(() => {
    sensor = new EventEmitter();
  });

  afterEach(() => {
    clearInterval(feed);
    sensor.removeAllListeners();
  });

  it('resolves once the dehumidifier brings the room under target', async () => {
    startFeed([68, 63, 58, 54]);
    const reading = await waitForDryRoom(sensor, 55, { deadlineMs: 1_000 });
    expect(reading.relativeHumidityPct).toBe(54);
    expect(sensor.listenerCount('reading')).toBe(0);
  });

  it('reports its own deadline as a DryingTimeoutError', async () => {
    startFeed([70, 70, 70, 70, 70, 70]);
    await expect(waitForDryRoom(sensor, 55, { deadlineMs: 40 })).rejects.toMatchObject({
      name: 'DryingTimeoutError',
    });
  });

  it('passes the operator cancelling the batch through as AbortError', async () => {
    startFeed([70, 70, 70, 70]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    await expect(waitForDryRoom(sensor, 55, { signal: controller.signal, deadlineMs: 5_000 })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(sensor.listenerCount('reading')).toBe(0);
  });

  it('rejects immediately for an already-cancelled batch', async () => {
    await expect(
      waitForDryRoom(sensor, 55, { signal: AbortSignal.abort(), deadlineMs: 5_000 }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
