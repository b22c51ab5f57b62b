// expect: no-floating-promises
// In the uplink-failure test the expect(...).rejects.toThrow() promise is neither awaited nor returned, so the assertion is dropped.
import { EventEmitter } from 'node:events';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;
declare function beforeEach(fn: () => void): void;
interface SyncMatchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
}
interface AsyncMatchers {
  toThrow(expected?: string | RegExp): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
}
declare function expect(actual: unknown): SyncMatchers & { resolves: AsyncMatchers; rejects: AsyncMatchers };

interface Sample {
  station: string;
  channel: 'HHZ' | 'HHN' | 'HHE';
  t: number;
  counts: number;
}

type Uplink = (batch: Sample[]) => Promise<number>;

// Buffers samples from a field station and ships them to the network hub in batches.
class StationBuffer extends EventEmitter {
  private pending: Sample[] = [];

  constructor(private readonly uplink: Uplink, private readonly batchSize = 100) {
    super();
  }

  push(sample: Sample) {
    this.pending.push(sample);
    if (this.pending.length >= this.batchSize) this.emit('full', this.pending.length);
  }

  get size() {
    return this.pending.length;
  }

  async flush(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    try {
      return await this.uplink(batch);
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw new Error(`uplink failed for ${batch.length} samples`, { cause: err });
    }
  }
}

const sample = (t: number): Sample => ({ station: 'KRV2', channel: 'HHZ', t, counts: Math.round(Math.sin(t) * 900) });

describe('StationBuffer', () => {
  let sent: Sample[][];
  let buffer: StationBuffer;

  beforeEach(() => {
    sent = [];
    buffer = new StationBuffer(async (batch) => {
      sent.push(batch);
      return batch.length;
    }, 3);
  });

  it('ships buffered samples on flush', async () => {
    [1, 2].forEach((t) => buffer.push(sample(t)));
    await expect(buffer.flush()).resolves.toEqual(2);
    expect(sent).toHaveLength(1);
    expect(buffer.size).toBe(0);
  });

  it('emits full when the batch size is reached', () => {
    const seen: number[] = [];
    buffer.on('full', (n: number) => seen.push(n));
    [1, 2, 3].forEach((t) => buffer.push(sample(t)));
    expect(seen).toEqual([3]);
  });

  it('reports the sample count when the uplink fails', () => {
    const flaky = new StationBuffer(async () => {
      throw new Error('hub unreachable');
    });
    flaky.push(sample(10));
    flaky.push(sample(11));

    expect(flaky.flush()).rejects.toThrow(/uplink failed for 2 samples/);
  });

  it('does nothing when empty', async () => {
    await expect(buffer.flush()).resolves.toEqual(0);
    expect(sent).toHaveLength(0);
  });
});
