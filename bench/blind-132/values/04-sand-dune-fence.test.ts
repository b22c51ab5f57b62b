// expect: none
// The async predicates are awaited (or checked with .resolves) before being asserted, so the expectations test real booleans rather than promises.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface FenceLine {
  id: string;
  lengthM: number;
  porosityPct: number;
  buriedPct: number;
  installedOn: string;
}

interface FenceStore {
  get(id: string): Promise<FenceLine | undefined>;
  listByTransect(transectId: string): Promise<FenceLine[]>;
}

class SandFenceInspector {
  constructor(private readonly store: FenceStore, private readonly now: () => Date = () => new Date()) {}

  async needsRaising(id: string): Promise<boolean> {
    const fence = await this.store.get(id);
    if (!fence) throw new Error(`fence ${id} not found`);
    return fence.buriedPct >= 70;
  }

  async isTooDense(id: string): Promise<boolean> {
    const fence = await this.store.get(id);
    return fence !== undefined && fence.porosityPct < 40;
  }

  async metresToReplace(transectId: string): Promise<number> {
    const fences = await this.store.listByTransect(transectId);
    const cutoff = this.now().getFullYear() - 6;
    return fences
      .filter((f) => Number(f.installedOn.slice(0, 4)) <= cutoff || f.buriedPct >= 90)
      .reduce((sum, f) => sum + f.lengthM, 0);
  }
}

const fences: FenceLine[] = [
  { id: 'F1', lengthM: 120, porosityPct: 50, buriedPct: 75, installedOn: '2021-04-02' },
  { id: 'F2', lengthM: 80, porosityPct: 30, buriedPct: 20, installedOn: '2016-10-11' },
  { id: 'F3', lengthM: 60, porosityPct: 45, buriedPct: 95, installedOn: '2023-03-19' },
];

describe('SandFenceInspector', () => {
  let store: FenceStore;

  beforeEach(() => {
    store = {
      get: vi.fn(async (id: string) => fences.find((f) => f.id === id)),
      listByTransect: vi.fn(async () => fences),
    };
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('flags fences that are mostly buried', async () => {
    const inspector = new SandFenceInspector(store);
    expect(await inspector.needsRaising('F1')).toBe(true);
    expect(await inspector.needsRaising('F2')).toBe(false);
  });

  it('flags fences with too little porosity', async () => {
    const inspector = new SandFenceInspector(store);
    await expect(inspector.isTooDense('F2')).resolves.toBe(true);
    await expect(inspector.isTooDense('F1')).resolves.toBe(false);
    await expect(inspector.isTooDense('missing')).resolves.toBe(false);
  });

  it('rejects unknown fences', async () => {
    const inspector = new SandFenceInspector(store);
    await expect(inspector.needsRaising('F9')).rejects.toThrow('fence F9 not found');
  });

  it('counts old or swamped fencing for replacement', async () => {
    const inspector = new SandFenceInspector(store, () => new Date('2024-06-01'));
    expect(await inspector.metresToReplace('T-north')).toBe(140);
    expect(store.listByTransect).toHaveBeenCalledWith('T-north');
  });
});
