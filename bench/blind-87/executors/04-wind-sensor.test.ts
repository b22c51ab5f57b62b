// expect: none
// nextEvent() settles once: each of its two once() listeners removes the other before settling; waiters and expectations are attached before the fake clock moves.
import { EventEmitter } from 'node:events';
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type Reading = { knots: number; bearing: number };

class WindSensor extends EventEmitter {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly sample: () => Reading,
    private readonly gustKnots: number,
  ) {
    super();
  }

  start(periodMs: number): void {
    this.timer = setInterval(() => {
      let reading: Reading;
      try {
        reading = this.sample();
      } catch (err) {
        this.emit('error', err);
        return;
      }
      this.emit('reading', reading);
      if (reading.knots >= this.gustKnots) this.emit('gust', reading);
    }, periodMs);
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}

function nextEvent<T>(emitter: EventEmitter, name: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onValue = (value: T) => {
      emitter.off('error', onError);
      resolve(value);
    };
    const onError = (err: Error) => {
      emitter.off(name, onValue);
      reject(err);
    };
    emitter.once(name, onValue);
    emitter.once('error', onError);
  });
}

describe('festival field wind sensor', () => {
  let samples: Reading[];
  let sensor: WindSensor;

  beforeEach(() => {
    vi.useFakeTimers();
    samples = [];
    sensor = new WindSensor(() => {
      const next = samples.shift();
      if (!next) throw new Error('anemometer returned no data');
      return next;
    }, 25);
    sensor.start(1_000);
  });

  afterEach(() => {
    sensor.stop();
    sensor.removeAllListeners();
    vi.useRealTimers();
  });

  it('reports every sample in order', () => {
    samples.push({ knots: 8, bearing: 270 }, { knots: 11, bearing: 265 }, { knots: 9, bearing: 280 });
    const seen: number[] = [];
    sensor.on('reading', (r: Reading) => seen.push(r.knots));

    vi.advanceTimersByTime(3_000);

    expect(seen).toEqual([8, 11, 9]);
  });

  it('flags a gust over the launch limit', async () => {
    samples.push({ knots: 12, bearing: 250 }, { knots: 27, bearing: 255 });
    const gust = nextEvent<Reading>(sensor, 'gust');
    const assertion = expect(gust).resolves.toEqual({ knots: 27, bearing: 255 });

    await vi.advanceTimersByTimeAsync(2_000);

    await assertion;
  });

  it('surfaces anemometer failures to gust waiters', async () => {
    samples.push({ knots: 14, bearing: 240 });
    const gust = nextEvent<Reading>(sensor, 'gust');
    const assertion = expect(gust).rejects.toThrow('anemometer returned no data');

    await vi.advanceTimersByTimeAsync(2_000);

    await assertion;
    expect(sensor.listenerCount('gust')).toBe(0);
  });
});
