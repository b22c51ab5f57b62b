// expect: no-floating-promises
// beforeEach seeds fixtures with forEach(async ...), so the inserts are dropped and the tests can run before the repository is populated.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveLength(n: number): void;
};

interface TreeRecord {
  treeId: string;
  species: string;
  dbhCm: number;
  condition: 'good' | 'fair' | 'poor' | 'dead';
  ward: string;
}

class InMemoryTreeRepo {
  private rows = new Map<string, TreeRecord>();

  async insert(tree: TreeRecord): Promise<void> {
    await Promise.resolve();
    if (this.rows.has(tree.treeId)) throw new Error(`duplicate tree ${tree.treeId}`);
    this.rows.set(tree.treeId, { ...tree });
  }

  async byWard(ward: string): Promise<TreeRecord[]> {
    return [...this.rows.values()].filter((t) => t.ward === ward);
  }

  async clear(): Promise<void> {
    this.rows.clear();
  }
}

async function removalCandidates(repo: InMemoryTreeRepo, ward: string): Promise<string[]> {
  const trees = await repo.byWard(ward);
  return trees
    .filter((t) => t.condition === 'dead' || (t.condition === 'poor' && t.dbhCm > 60))
    .map((t) => t.treeId)
    .sort();
}

async function canopyScore(repo: InMemoryTreeRepo, ward: string): Promise<number> {
  const trees = await repo.byWard(ward);
  const living = trees.filter((t) => t.condition !== 'dead');
  return Math.round(living.reduce((sum, t) => sum + Math.PI * (t.dbhCm / 200) ** 2, 0) * 100) / 100;
}

const FIXTURES: TreeRecord[] = [
  { treeId: 'T-0001', species: 'Platanus x acerifolia', dbhCm: 72, condition: 'good', ward: 'riverside' },
  { treeId: 'T-0002', species: 'Tilia cordata', dbhCm: 41, condition: 'fair', ward: 'riverside' },
  { treeId: 'T-0003', species: 'Fraxinus excelsior', dbhCm: 66, condition: 'poor', ward: 'riverside' },
  { treeId: 'T-0004', species: 'Acer platanoides', dbhCm: 23, condition: 'dead', ward: 'riverside' },
  { treeId: 'T-0005', species: 'Quercus robur', dbhCm: 118, condition: 'good', ward: 'old-town' },
];

describe('tree census ward reports', () => {
  const repo = new InMemoryTreeRepo();

  beforeEach(async () => {
    await repo.clear();
    FIXTURES.forEach(async (tree) => {
      await repo.insert(tree);
    });
  });

  it('lists dead and large poor-condition trees for removal', async () => {
    expect(await removalCandidates(repo, 'riverside')).toEqual(['T-0003', 'T-0004']);
  });

  it('keeps wards separate', async () => {
    expect(await repo.byWard('old-town')).toHaveLength(1);
  });

  it('computes canopy basal area for living trees only', async () => {
    expect(await canopyScore(repo, 'riverside')).toBe(0.88);
  });
});
