// expect: no-multiple-settle
// waitForSync listens only for 'synced' and ignores the registry's 'syncFailed' event, so when the mocked ring database rejects the waiter never settles and the test hangs until the runner's timeout instead of failing with the real error.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter } from 'node:events';

interface BirdRecord {
  ringId: string;
  species: 'peregrine' | 'harris-hawk' | 'goshawk' | 'kestrel';
  keeper: string;
}

interface RingDatabase {
  upsert(records: BirdRecord[]): Promise<number>;
}

class FalconRegistry extends EventEmitter {
  private queue: BirdRecord[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly db: RingDatabase, private readonly debounceMs = 500) {
    super();
  }

  register(record: BirdRecord): void {
    this.queue.push(record);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.flush().catch((err: unknown) => this.emit('syncFailed', err));
    }, this.debounceMs);
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0);
    const count = await this.db.upsert(batch);
    this.emit('synced', count);
  }

  close(): void {
    clearTimeout(this.timer);
    this.queue = [];
    this.removeAllListeners();
  }
}

function waitForSync(registry: FalconRegistry): Promise<number> {
  return new Promise<number>((resolve) => {
    registry.once('synced', (count: number) => resolve(count));
  });
}

describe('FalconRegistry', () => {
  let db: { upsert: ReturnType<typeof vi.fn<RingDatabase['upsert']>> };
  let registry: FalconRegistry;

  beforeEach(() => {
    vi.useFakeTimers();
    db = { upsert: vi.fn<RingDatabase['upsert']>(async (records) => records.length) };
    registry = new FalconRegistry(db);
  });

  afterEach(() => {
    registry.close();
    vi.useRealTimers();
  });

  it('batches registrations made within the debounce window', async () => {
    registry.register({ ringId: 'GB-1021', species: 'peregrine', keeper: 'A. Moss' });
    registry.register({ ringId: 'GB-1022', species: 'kestrel', keeper: 'A. Moss' });

    const [count] = await Promise.all([waitForSync(registry), vi.advanceTimersByTimeAsync(500)]);

    expect(count).toBe(2);
    expect(db.upsert).toHaveBeenCalledTimes(1);
  });

  it('restarts the debounce window on each registration', async () => {
    registry.register({ ringId: 'GB-2001', species: 'goshawk', keeper: 'R. Pell' });
    await vi.advanceTimersByTimeAsync(400);
    registry.register({ ringId: 'GB-2002', species: 'harris-hawk', keeper: 'R. Pell' });
    expect(db.upsert).not.toHaveBeenCalled();

    const [count] = await Promise.all([waitForSync(registry), vi.advanceTimersByTimeAsync(500)]);

    expect(count).toBe(2);
  });

  it('syncs a late registration in its own batch', async () => {
    db.upsert.mockResolvedValueOnce(1).mockResolvedValueOnce(1);
    registry.register({ ringId: 'GB-3100', species: 'kestrel', keeper: 'J. Hart' });
    await Promise.all([waitForSync(registry), vi.advanceTimersByTimeAsync(500)]);

    registry.register({ ringId: 'GB-3101', species: 'kestrel', keeper: 'J. Hart' });
    const [second] = await Promise.all([waitForSync(registry), vi.advanceTimersByTimeAsync(500)]);

    expect(second).toBe(1);
    expect(db.upsert).toHaveBeenNthCalledWith(2, [expect.objectContaining({ ringId: 'GB-3101' })]);
  });
});
