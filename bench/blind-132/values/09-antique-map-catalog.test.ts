// expect: no-promise-as-value
// The copper-plate test passes catalog.hasPlate(...) straight to assert.ok, and an un-awaited promise is always truthy, so the assertion can never fail.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface CatalogEntry {
  id: string;
  title: string;
  cartographer: string;
  year: number;
  copperPlate: boolean;
  condition: 'fine' | 'good' | 'fair' | 'poor';
}

class MapCatalog {
  constructor(private readonly file: string) {}

  private async load(): Promise<CatalogEntry[]> {
    return JSON.parse(await readFile(this.file, 'utf8')) as CatalogEntry[];
  }

  async find(id: string): Promise<CatalogEntry | undefined> {
    return (await this.load()).find((e) => e.id === id);
  }

  async hasPlate(id: string): Promise<boolean> {
    return (await this.find(id))?.copperPlate ?? false;
  }

  async needingRestoration(): Promise<string[]> {
    return (await this.load())
      .filter((e) => e.condition === 'fair' || e.condition === 'poor')
      .sort((a, b) => a.year - b.year)
      .map((e) => e.id);
  }
}

const entries: CatalogEntry[] = [
  { id: 'M-001', title: 'Nova Totius Terrarum', cartographer: 'Blaeu', year: 1635, copperPlate: true, condition: 'good' },
  { id: 'M-002', title: 'Map of Cornwall', cartographer: 'Speed', year: 1611, copperPlate: true, condition: 'poor' },
  { id: 'M-003', title: 'Ordnance Survey sheet 12', cartographer: 'OS', year: 1889, copperPlate: false, condition: 'fair' },
];

describe('MapCatalog', () => {
  let dir: string;
  let catalog: MapCatalog;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'map-catalog-'));
    const file = join(dir, 'catalog.json');
    await writeFile(file, JSON.stringify(entries));
    catalog = new MapCatalog(file);
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('finds an entry by id', async () => {
    const entry = await catalog.find('M-002');
    assert.equal(entry?.cartographer, 'Speed');
    assert.equal(entry?.year, 1611);
  });

  test('knows which maps were printed from copper plates', async () => {
    assert.ok(catalog.hasPlate('M-001'));
    assert.equal(await catalog.hasPlate('M-999'), false);
  });

  test('lists maps needing restoration, oldest first', async () => {
    assert.deepEqual(await catalog.needingRestoration(), ['M-002', 'M-003']);
  });
});
