// expect: no-promise-as-value
// assert.ok is handed the un-awaited catalogue.has promise, which is always truthy, so the "catalogued" check can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface ReelRecord {
  reelId: string;
  title: string;
  year: number;
  gauge: '16mm' | '35mm';
  masterPath?: string;
}

class InMemoryCatalogue {
  private readonly records = new Map<string, ReelRecord>();

  async add(record: ReelRecord): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.records.set(record.reelId, { ...record });
  }

  async has(reelId: string): Promise<boolean> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.records.has(reelId);
  }

  async get(reelId: string): Promise<ReelRecord | undefined> {
    return this.records.get(reelId);
  }
}

async function registerScan(catalogue: InMemoryCatalogue, scan: { reelId: string; title: string; year: number; gauge: ReelRecord['gauge']; dpxDir: string }): Promise<ReelRecord> {
  if (scan.year < 1888 || scan.year > new Date().getFullYear()) {
    throw new Error(`implausible year ${scan.year} for ${scan.reelId}`);
  }
  const record: ReelRecord = {
    reelId: scan.reelId,
    title: scan.title.trim(),
    year: scan.year,
    gauge: scan.gauge,
    masterPath: `${scan.dpxDir.replace(/\/$/, '')}/${scan.reelId}`,
  };
  await catalogue.add(record);
  return record;
}

describe('registering digitised reels', () => {
  let catalogue: InMemoryCatalogue;

  beforeEach(() => {
    catalogue = new InMemoryCatalogue();
  });

  it('records the master path under the DPX directory', async () => {
    const record = await registerScan(catalogue, {
      reelId: 'NFA-1934-112',
      title: ' Harbour Lights ',
      year: 1934,
      gauge: '35mm',
      dpxDir: '/masters/1930s/',
    });
    assert.equal(record.masterPath, '/masters/1930s/NFA-1934-112');
    assert.equal(record.title, 'Harbour Lights');
  });

  it('makes the reel visible in the catalogue', async () => {
    await registerScan(catalogue, {
      reelId: 'NFA-1951-007',
      title: 'Festival Parade',
      year: 1951,
      gauge: '16mm',
      dpxDir: '/masters/1950s',
    });
    assert.ok(catalogue.has('NFA-1951-007'));
    const stored = await catalogue.get('NFA-1951-007');
    assert.equal(stored?.gauge, '16mm');
  });

  it('rejects reels dated before cinema existed', async () => {
    await assert.rejects(
      registerScan(catalogue, { reelId: 'X-1', title: 'Mystery', year: 1850, gauge: '35mm', dpxDir: '/masters' }),
      /implausible year 1850/,
    );
    assert.equal(await catalogue.has('X-1'), false);
  });
});
