// expect: none
// Every flush in the buffer and in the tests is awaited, and a failed batch is put back and rethrown to the awaiting caller rather than dropped.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SpreaderSample {
  craneId: string;
  loadTonnes: number;
  trolleyM: number;
  hoistM: number;
  windMs: number;
  at: number;
}

interface TelemetrySink {
  send(batch: SpreaderSample[]): Promise<void>;
}

class TelemetryBuffer {
  private pending: SpreaderSample[] = [];

  constructor(
    private readonly sink: TelemetrySink,
    private readonly batchSize = 50,
  ) {}

  get size(): number {
    return this.pending.length;
  }

  async add(sample: SpreaderSample): Promise<boolean> {
    this.pending.push(sample);
    if (this.pending.length < this.batchSize) return false;
    await this.flush();
    return true;
  }

  async flush(): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    try {
      await this.sink.send(batch);
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
    return batch.length;
  }
}

function sample(i: number, craneId = 'STS-07'): SpreaderSample {
  return { craneId, loadTonnes: 20 + i, trolleyM: 30 + i, hoistM: 12, windMs: 6.5, at: 1_700_000_000_000 + i * 200 };
}

describe('TelemetryBuffer', () => {
  let send: ReturnType<typeof vi.fn<(batch: SpreaderSample[]) => Promise<void>>>;
  let buffer: TelemetryBuffer;

  beforeEach(() => {
    send = vi.fn(async (_batch: SpreaderSample[]) => {});
    buffer = new TelemetryBuffer({ send }, 3);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('holds samples until the batch size is reached', async () => {
    expect(await buffer.add(sample(1))).toBe(false);
    expect(await buffer.add(sample(2))).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(await buffer.add(sample(3))).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0][0].map((s) => s.loadTonnes)).toEqual([21, 22, 23]);
  });

  it('puts a failed batch back so the next flush retries it', async () => {
    send.mockRejectedValueOnce(new Error('quay link down'));
    await buffer.add(sample(1));
    await buffer.add(sample(2));
    await expect(buffer.flush()).rejects.toThrow('quay link down');
    expect(buffer.size).toBe(2);
    expect(await buffer.flush()).toBe(2);
    expect(buffer.size).toBe(0);
  });

  it('flushes buffers for several cranes side by side', async () => {
    const other = new TelemetryBuffer({ send }, 3);
    await buffer.add(sample(1, 'STS-07'));
    await other.add(sample(1, 'STS-09'));
    const counts = await Promise.all([buffer.flush(), other.flush()]);
    expect(counts).toEqual([1, 1]);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
