// expect: none
// Every assertion on the async readiness checks awaits the result first, so the tests compare booleans and numbers rather than promises.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface FragRow {
  id: string;
  species: string;
  mountedAt: Date;
  polypExtension: number; // 0..1
  sizeMm: number;
}

interface FragRepo {
  get(id: string): Promise<FragRow | undefined>;
}

class FragReadiness {
  constructor(
    private readonly repo: FragRepo,
    private readonly now: () => Date,
  ) {}

  async isReadyForSale(id: string): Promise<boolean> {
    const frag = await this.repo.get(id);
    if (!frag) return false;
    const weeks = (this.now().getTime() - frag.mountedAt.getTime()) / (7 * 86_400_000);
    return weeks >= 6 && frag.sizeMm >= 25 && frag.polypExtension >= 0.6;
  }

  async weeksUntilReady(id: string): Promise<number | null> {
    const frag = await this.repo.get(id);
    if (!frag) return null;
    const weeks = (this.now().getTime() - frag.mountedAt.getTime()) / (7 * 86_400_000);
    return Math.max(0, Math.ceil(6 - weeks));
  }
}

describe('FragReadiness', () => {
  const rows = new Map<string, FragRow>();
  let readiness: FragReadiness;

  before(() => {
    rows.set('acro-01', {
      id: 'acro-01',
      species: 'Acropora millepora',
      mountedAt: new Date('2024-01-01'),
      polypExtension: 0.8,
      sizeMm: 31,
    });
    rows.set('zoa-14', {
      id: 'zoa-14',
      species: 'Zoanthus sp.',
      mountedAt: new Date('2024-02-05'),
      polypExtension: 0.9,
      sizeMm: 18,
    });
    readiness = new FragReadiness(
      { get: async (id) => rows.get(id) },
      () => new Date('2024-03-01'),
    );
  });

  after(() => {
    rows.clear();
  });

  test('a mature, open frag is ready for sale', async () => {
    assert.equal(await readiness.isReadyForSale('acro-01'), true);
  });

  test('a small frag is not ready yet', async () => {
    const ready = await readiness.isReadyForSale('zoa-14');
    assert.ok(!ready);
    assert.equal(await readiness.weeksUntilReady('zoa-14'), 2);
  });

  test('an unknown frag is never ready', async () => {
    assert.equal(await readiness.isReadyForSale('ghost'), false);
    assert.equal(await readiness.weeksUntilReady('ghost'), null);
  });

  test('readiness rejects nothing for mature frags', async () => {
    await assert.doesNotReject(readiness.isReadyForSale('acro-01'));
    assert.ok(await readiness.isReadyForSale('acro-01'));
  });
});
