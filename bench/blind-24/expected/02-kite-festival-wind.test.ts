// expect: none
// withRetry() receives the reading function and calls it afresh on every attempt, so passing anemometer.read as a callback is correct.
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface WindReading {
  field: string;
  knots: number;
  gustKnots: number;
  bearing: number;
}

async function withRetry<T>(attemptFn: () => Promise<T>, attempts = 3, backoffMs = 5): Promise<T> {
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await attemptFn();
    } catch (err) {
      lastError = err;
      await sleep(backoffMs * (i + 1));
    }
  }
  throw lastError;
}

// Flying is suspended on a field when gusts exceed the safety limit.
function flightStatus(r: WindReading, gustLimit = 25): 'open' | 'paused' {
  return r.gustKnots > gustLimit ? 'paused' : 'open';
}

class FlakyAnemometer {
  calls = 0;
  constructor(
    private readonly failures: number,
    private readonly reading: WindReading,
  ) {}

  read = async (): Promise<WindReading> => {
    this.calls++;
    await sleep(1);
    if (this.calls <= this.failures) throw new Error('serial timeout');
    return { ...this.reading };
  };
}

describe('kite field wind checks', () => {
  it('retries a flaky anemometer until it answers', async () => {
    const anemometer = new FlakyAnemometer(2, { field: 'North Dunes', knots: 14, gustKnots: 19, bearing: 250 });

    const reading = await withRetry(anemometer.read, 3);

    expect(anemometer.calls).toBe(3);
    expect(flightStatus(reading)).toBe('open');
  });

  it('gives up after the configured attempts', async () => {
    const anemometer = new FlakyAnemometer(5, { field: 'Pier Lawn', knots: 22, gustKnots: 31, bearing: 270 });
    let message = '';
    try {
      await withRetry(anemometer.read, 3);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('serial timeout');
    expect(anemometer.calls).toBe(3);
  });

  it('pauses flying when gusts are over the limit', async () => {
    const anemometer = new FlakyAnemometer(0, { field: 'Pier Lawn', knots: 22, gustKnots: 31, bearing: 270 });
    const reading = await withRetry(() => anemometer.read());
    expect(reading.gustKnots).toBeGreaterThan(25);
    expect(flightStatus(reading)).toBe('paused');
  });
});
