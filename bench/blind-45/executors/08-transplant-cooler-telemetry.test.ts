// expect: no-multiple-settle
// nextEvent never clears its timeout, so after the event resolves the promise the timer still fires and calls reject on it.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeLessThan(n: number): void;
  toHaveLength(n: number): void;
};

interface CoolerReading {
  organId: string;
  celsius: number;
  lidClosed: boolean;
  at: number;
}

class ColdChainMonitor extends EventEmitter {
  private readings: CoolerReading[] = [];

  constructor(
    readonly organId: string,
    private readonly minC = 2,
    private readonly maxC = 8,
  ) {
    super();
  }

  ingest(reading: CoolerReading): void {
    this.readings.push(reading);
    this.emit('reading', reading);
    if (reading.celsius < this.minC || reading.celsius > this.maxC) {
      this.emit('excursion', { ...reading, limit: reading.celsius < this.minC ? this.minC : this.maxC });
    }
    if (!reading.lidClosed) {
      this.emit('lid-open', reading);
    }
  }

  history(): readonly CoolerReading[] {
    return this.readings;
  }
}

function nextEvent<T>(emitter: EventEmitter, event: string, timeoutMs = 250): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    setTimeout(() => reject(new Error(`no '${event}' within ${timeoutMs} ms`)), timeoutMs);
    emitter.once(event, (payload: T) => resolve(payload));
  });
}

function reading(celsius: number, lidClosed = true): CoolerReading {
  return { organId: 'KID-2291', celsius, lidClosed, at: Date.now() };
}

describe('ColdChainMonitor', () => {
  let monitor: ColdChainMonitor;

  beforeEach(() => {
    monitor = new ColdChainMonitor('KID-2291');
  });

  afterEach(() => {
    monitor.removeAllListeners();
  });

  it('records every reading in order', () => {
    monitor.ingest(reading(4.1));
    monitor.ingest(reading(4.3));
    expect(monitor.history()).toHaveLength(2);
    expect(monitor.history()[1].celsius).toBe(4.3);
  });

  it('flags a warm excursion with the upper limit', async () => {
    const excursion = nextEvent<CoolerReading & { limit: number }>(monitor, 'excursion');
    setImmediate(() => monitor.ingest(reading(9.6)));
    const payload = await excursion;
    expect(payload.limit).toBe(8);
    expect(payload.celsius).toBe(9.6);
  });

  it('flags a cold excursion with the lower limit', async () => {
    const excursion = nextEvent<CoolerReading & { limit: number }>(monitor, 'excursion');
    setImmediate(() => monitor.ingest(reading(1.2)));
    expect((await excursion).limit).toBe(2);
  });

  it('reports an open lid even when temperature is in range', async () => {
    const lid = nextEvent<CoolerReading>(monitor, 'lid-open');
    setImmediate(() => monitor.ingest(reading(5.0, false)));
    const payload = await lid;
    expect(payload.lidClosed).toBe(false);
    expect(payload.celsius).toBeLessThan(8);
  });
});
