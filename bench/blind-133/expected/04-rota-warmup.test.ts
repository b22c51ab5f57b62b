// expect: none
// Every loader in the warm-up Promise.all is invoked with (), so the array holds the loaders' promises and warm() only resolves once all three caches are filled.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Ringer {
  id: string;
  name: string;
  bells: number[];
}

interface Tower {
  id: string;
  name: string;
  bellCount: number;
}

interface RotaApi {
  ringers(): Promise<Ringer[]>;
  towers(): Promise<Tower[]>;
  blackoutDates(): Promise<string[]>;
}

class RotaPlannerCache {
  ringers: Ringer[] = [];
  towers: Tower[] = [];
  blackouts = new Set<string>();

  constructor(private readonly api: RotaApi) {}

  async warm(): Promise<void> {
    await Promise.all([this.loadRingers(), this.loadTowers(), this.loadBlackouts()]);
  }

  canRingOn(date: string, towerId: string): boolean {
    const tower = this.towers.find((t) => t.id === towerId);
    if (!tower || this.blackouts.has(date)) return false;
    const coverage = new Set(this.ringers.flatMap((r) => r.bells.filter((b) => b <= tower.bellCount)));
    return coverage.size >= tower.bellCount;
  }

  private async loadRingers(): Promise<void> {
    this.ringers = await this.api.ringers();
  }

  private async loadTowers(): Promise<void> {
    this.towers = await this.api.towers();
  }

  private async loadBlackouts(): Promise<void> {
    this.blackouts = new Set(await this.api.blackoutDates());
  }
}

function fakeApi() {
  return {
    ringers: vi.fn<RotaApi['ringers']>().mockResolvedValue([
      { id: 'r1', name: 'Hild', bells: [1, 2] },
      { id: 'r2', name: 'Bede', bells: [3, 4] },
      { id: 'r3', name: 'Aidan', bells: [5, 6] },
    ]),
    towers: vi.fn<RotaApi['towers']>().mockResolvedValue([
      { id: 'abbey', name: 'Abbey Church', bellCount: 6 },
      { id: 'chapel', name: 'Lady Chapel', bellCount: 8 },
    ]),
    blackoutDates: vi.fn<RotaApi['blackoutDates']>().mockResolvedValue(['2024-12-25']),
  };
}

describe('RotaPlannerCache', () => {
  let api: ReturnType<typeof fakeApi>;
  let cache: RotaPlannerCache;

  beforeEach(() => {
    api = fakeApi();
    cache = new RotaPlannerCache(api);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loads all three sources in one warm-up', async () => {
    await cache.warm();
    expect(api.ringers).toHaveBeenCalledOnce();
    expect(api.towers).toHaveBeenCalledOnce();
    expect(api.blackoutDates).toHaveBeenCalledOnce();
    expect(cache.ringers).toHaveLength(3);
  });

  it('knows when a tower can be fully manned', async () => {
    await cache.warm();
    expect(cache.canRingOn('2024-11-03', 'abbey')).toBe(true);
    expect(cache.canRingOn('2024-11-03', 'chapel')).toBe(false);
    expect(cache.canRingOn('2024-12-25', 'abbey')).toBe(false);
  });

  it('fails the warm-up when any source fails', async () => {
    api.towers.mockRejectedValue(new Error('tower registry down'));
    await expect(cache.warm()).rejects.toThrow('tower registry down');
  });
});
