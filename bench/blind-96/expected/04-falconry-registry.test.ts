// expect: none
// Every async function whose result is awaited is actually called (registry.close() in teardown and in the closed-registry test, registry.lookup(...) inside expect(...).rejects), and the only bare function references go where a function is expected: the fetchRecord mock inside the api object and the refreshed spy passed as a listener.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface HawkRecord {
  ringId: string;
  species: string;
  keeper: string;
  lastInspection: string;
}

interface InspectionApi {
  fetchRecord(ringId: string): Promise<HawkRecord>;
}

class InspectionRegistry extends EventEmitter {
  private readonly cache = new Map<string, HawkRecord>();
  private refreshTimer: NodeJS.Timeout | undefined;
  closed = false;

  constructor(private readonly api: InspectionApi, private readonly refreshMs: number) {
    super();
  }

  async lookup(ringId: string): Promise<HawkRecord> {
    if (this.closed) throw new Error('registry closed');
    const hit = this.cache.get(ringId);
    if (hit) return hit;
    const record = await this.api.fetchRecord(ringId);
    this.cache.set(ringId, record);
    return record;
  }

  startRefresh(): void {
    this.refreshTimer = setInterval(() => {
      this.cache.clear();
      this.emit('refreshed');
    }, this.refreshMs);
  }

  async close(): Promise<void> {
    clearInterval(this.refreshTimer);
    this.cache.clear();
    this.closed = true;
  }
}

const sample = (ringId: string): HawkRecord => ({
  ringId,
  species: 'harris-hawk',
  keeper: 'M. Quill',
  lastInspection: '2024-03-01',
});

describe('InspectionRegistry', () => {
  let fetchRecord: ReturnType<typeof vi.fn<InspectionApi['fetchRecord']>>;
  let registry: InspectionRegistry;

  beforeEach(() => {
    vi.useFakeTimers();
    fetchRecord = vi.fn<InspectionApi['fetchRecord']>();
    fetchRecord.mockImplementation(async (ringId) => sample(ringId));
    registry = new InspectionRegistry({ fetchRecord }, 60_000);
  });

  afterEach(async () => {
    await registry.close();
    vi.useRealTimers();
  });

  it('caches records between lookups', async () => {
    await registry.lookup('GB-9001');
    await registry.lookup('GB-9001');
    expect(fetchRecord).toHaveBeenCalledTimes(1);
  });

  it('drops the cache on each refresh tick', async () => {
    const refreshed = vi.fn();
    registry.on('refreshed', refreshed);
    registry.startRefresh();
    await registry.lookup('GB-9002');
    vi.advanceTimersByTime(60_000);
    await registry.lookup('GB-9002');
    expect(refreshed).toHaveBeenCalledOnce();
    expect(fetchRecord).toHaveBeenCalledTimes(2);
  });

  it('refuses lookups after close', async () => {
    await registry.close();
    await expect(registry.lookup('GB-9003')).rejects.toThrow('registry closed');
    expect(fetchRecord).not.toHaveBeenCalled();
  });
});
