// expect: none
// Every promise is awaited: once() is registered before the push that triggers it and awaited immediately after, and rejections go through await expect(...).rejects.
import { EventEmitter, once } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface EchoSample {
  stationId: string;
  detectedAt: number;
  rangeKm: number;
  dopplerHz: number;
  snrDb: number;
}

declare class EchoIngest extends EventEmitter {
  constructor(opts: { batchSize: number; minSnrDb: number; sink: (batch: EchoSample[]) => Promise<void> });
  push(sample: EchoSample): void;
  flush(): Promise<number>;
  close(): Promise<void>;
}

function sample(overrides: Partial<EchoSample> = {}): EchoSample {
  return {
    stationId: 'CMOR-2',
    detectedAt: 1_700_000_000_000,
    rangeKm: 142.5,
    dopplerHz: -38.2,
    snrDb: 14,
    ...overrides,
  };
}

describe('EchoIngest', () => {
  const opened: EchoIngest[] = [];

  function makeIngest(sink: (batch: EchoSample[]) => Promise<void>, batchSize = 3): EchoIngest {
    const ingest = new EchoIngest({ batchSize, minSnrDb: 8, sink });
    opened.push(ingest);
    return ingest;
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((i) => i.close()));
  });

  it('emits flushed once a full batch reaches the sink', async () => {
    const batches: EchoSample[][] = [];
    const ingest = makeIngest(async (batch) => {
      batches.push(batch);
    });

    const flushed = once(ingest, 'flushed');
    ingest.push(sample());
    ingest.push(sample({ rangeKm: 98.1 }));
    ingest.push(sample({ rangeKm: 110.7 }));
    const [count] = await flushed;

    expect(count).toBe(3);
    expect(batches).toHaveLength(1);
  });

  it('drops echoes below the SNR threshold', async () => {
    const seen: EchoSample[] = [];
    const ingest = makeIngest(async (batch) => {
      seen.push(...batch);
    });

    ingest.push(sample({ snrDb: 3 }));
    ingest.push(sample({ snrDb: 11 }));
    const written = await ingest.flush();

    expect(written).toBe(1);
    expect(seen.map((s) => s.snrDb)).toEqual([11]);
  });

  it('surfaces sink failures from flush', async () => {
    const ingest = makeIngest(async () => {
      throw new Error('archive unavailable');
    });
    ingest.push(sample());

    await expect(ingest.flush()).rejects.toThrow(/archive unavailable/);
  });
});
