// expect: none
// waitForCalmWind passes the signal to events.on so the iterator ends with an AbortError, and the tests expect that rejection instead of masking it.
import { EventEmitter, on } from 'node:events';

interface AsyncMatchers {
  toMatchObject(expected: object): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
}
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: AsyncMatchers;
  resolves: AsyncMatchers;
}
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => Matchers;

export interface WindReading {
  stationId: string;
  gustKmh: number;
  directionDeg: number;
}

export async function waitForCalmWind(
  station: EventEmitter,
  options: { maxGustKmh: number; consecutive: number; signal: AbortSignal },
): Promise<WindReading[]> {
  const calm: WindReading[] = [];
  for await (const [reading] of on(station, 'reading', { signal: options.signal })) {
    const r = reading as WindReading;
    if (r.gustKmh <= options.maxGustKmh) {
      calm.push(r);
      if (calm.length >= options.consecutive) return calm;
    } else {
      calm.length = 0;
    }
  }
  throw new Error('wind station closed before a calm window');
}

function emitLater(station: EventEmitter, gusts: number[], stepMs = 5): void {
  gusts.forEach((gustKmh, i) => {
    setTimeout(() => station.emit('reading', { stationId: 'ridge-west', gustKmh, directionDeg: 270 }), stepMs * (i + 1));
  });
}

describe('waitForCalmWind', () => {
  let station: EventEmitter;

  beforeEach(() => {
    station = new EventEmitter();
  });

  it('resolves after enough consecutive calm readings', async () => {
    emitLater(station, [22, 9, 8, 19, 7, 6, 5]);
    const calm = await waitForCalmWind(station, {
      maxGustKmh: 10,
      consecutive: 3,
      signal: AbortSignal.timeout(1_000),
    });
    expect(calm.map((r) => r.gustKmh)).toEqual([7, 6, 5]);
  });

  it('rejects with AbortError when the spray window is cancelled', async () => {
    const controller = new AbortController();
    emitLater(station, [30, 28, 31]);
    setTimeout(() => controller.abort(), 12);
    await expect(
      waitForCalmWind(station, { maxGustKmh: 10, consecutive: 2, signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('rejects when the station timeout elapses with gusty weather', async () => {
    emitLater(station, [40, 41, 42, 43]);
    await expect(
      waitForCalmWind(station, { maxGustKmh: 10, consecutive: 2, signal: AbortSignal.timeout(15) }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
