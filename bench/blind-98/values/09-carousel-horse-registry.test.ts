// expect: no-promise-as-value
// The sign-off test asserts on isRestored()'s promise instead of its value, and a promise is always truthy, so the test passes even when sign-off never marks the horse restored.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

type Condition = 'original' | 'needs-work' | 'in-shop' | 'restored';

interface HorseRecord {
  id: string;
  row: 'outer' | 'middle' | 'inner';
  carver: string;
  condition: Condition;
}

interface RecordStore {
  load(id: string): Promise<HorseRecord | undefined>;
  save(record: HorseRecord): Promise<void>;
  close(): Promise<void>;
}

class MemoryStore implements RecordStore {
  private readonly records = new Map<string, HorseRecord>();
  async load(id: string) {
    const r = this.records.get(id);
    return r ? { ...r } : undefined;
  }
  async save(record: HorseRecord) {
    this.records.set(record.id, { ...record });
  }
  async close() {
    this.records.clear();
  }
}

class HorseRegistry {
  constructor(private readonly store: RecordStore, private readonly notify: (msg: string) => void) {}

  async checkIn(id: string): Promise<void> {
    const rec = await this.store.load(id);
    if (!rec) throw new Error(`unknown horse ${id}`);
    if (rec.condition === 'restored') throw new Error(`${id} is already restored`);
    await this.store.save({ ...rec, condition: 'in-shop' });
  }

  async signOff(id: string, inspector: string): Promise<void> {
    const rec = await this.store.load(id);
    if (!rec || rec.condition !== 'in-shop') throw new Error(`${id} is not in the shop`);
    await this.store.save({ ...rec, condition: 'restored' });
    this.notify(`${id} (${rec.carver}) signed off by ${inspector}`);
  }

  async isRestored(id: string): Promise<boolean> {
    return (await this.store.load(id))?.condition === 'restored';
  }
}

describe('HorseRegistry', () => {
  let store: MemoryStore;
  let notify: ReturnType<typeof vi.fn<(msg: string) => void>>;
  let registry: HorseRegistry;

  beforeEach(async () => {
    store = new MemoryStore();
    notify = vi.fn<(msg: string) => void>();
    registry = new HorseRegistry(store, notify);
    await store.save({ id: 'dentzel-03', row: 'outer', carver: 'Salvatore Cernigliaro', condition: 'needs-work' });
  });

  afterEach(async () => {
    await store.close();
    vi.restoreAllMocks();
  });

  it('moves a horse into the shop on check-in', async () => {
    await registry.checkIn('dentzel-03');
    expect((await store.load('dentzel-03'))?.condition).toBe('in-shop');
  });

  it('marks a horse restored and notifies the crew on sign-off', async () => {
    await registry.checkIn('dentzel-03');
    await registry.signOff('dentzel-03', 'M. Okafor');

    expect(registry.isRestored('dentzel-03')).toBeTruthy();
    expect(notify).toHaveBeenCalledWith(expect.stringContaining('signed off by M. Okafor'));
  });

  it('refuses to sign off a horse that was never checked in', async () => {
    await expect(registry.signOff('dentzel-03', 'M. Okafor')).rejects.toThrow('not in the shop');
    expect(notify).not.toHaveBeenCalled();
  });
});
