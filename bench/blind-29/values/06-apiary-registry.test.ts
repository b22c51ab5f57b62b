// expect: no-promise-as-value
// registry.hasHive() returns Promise<boolean>; passing it un-awaited to assert.ok always passes because a promise is truthy.
import { test } from 'node:test';
import assert from 'node:assert/strict';

interface HiveRecord {
  id: string;
  apiary: string;
  queenYear: number;
  miteCount: number; // per 300 bees, from the last alcohol wash
}

class MemoryStore {
  private rows = new Map<string, HiveRecord>();
  async put(rec: HiveRecord): Promise<void> {
    this.rows.set(rec.id, { ...rec });
  }
  async get(id: string): Promise<HiveRecord | undefined> {
    return this.rows.get(id);
  }
  async all(): Promise<HiveRecord[]> {
    return [...this.rows.values()];
  }
}

class HiveRegistry {
  constructor(private readonly store: MemoryStore, private readonly treatmentThreshold = 9) {}

  async importSheet(csv: string): Promise<number> {
    let count = 0;
    for (const line of csv.trim().split('\n').slice(1)) {
      const [id, apiary, queenYear, mites] = line.split(',').map((s) => s.trim());
      if (!id) continue;
      await this.store.put({ id, apiary, queenYear: Number(queenYear), miteCount: Number(mites) });
      count++;
    }
    return count;
  }

  async hasHive(id: string): Promise<boolean> {
    return (await this.store.get(id)) !== undefined;
  }

  async coloniesNeedingTreatment(): Promise<string[]> {
    const hives = await this.store.all();
    return hives
      .filter((h) => h.miteCount >= this.treatmentThreshold)
      .map((h) => h.id)
      .sort();
  }
}

const inspectionSheet = `
id,apiary,queen_year,mites
H-03,Orchard Row,2023,2
H-07,Orchard Row,2021,14
H-12,Heather Hill,2024,5
`;

test('imports every hive from the inspection sheet', async () => {
  const registry = new HiveRegistry(new MemoryStore());
  const imported = await registry.importSheet(inspectionSheet);

  assert.equal(imported, 3);
  assert.ok(registry.hasHive('H-12'));
  assert.deepEqual(await registry.coloniesNeedingTreatment(), ['H-07']);
});

test('respects a stricter treatment threshold', async () => {
  const registry = new HiveRegistry(new MemoryStore(), 5);
  await registry.importSheet(inspectionSheet);

  assert.deepEqual(await registry.coloniesNeedingTreatment(), ['H-07', 'H-12']);
  assert.equal(await registry.hasHive('H-99'), false);
});
