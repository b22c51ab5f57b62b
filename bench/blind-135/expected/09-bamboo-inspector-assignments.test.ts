// expect: no-uncalled-async-function
// The before hook passes the seedInspectors function itself to Promise.all instead of calling it, so the inspectors are never seeded before the tests run.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Inspector {
  id: string;
  name: string;
  maxStoreys: number;
}

interface Site {
  siteId: string;
  storeys: number;
  district: string;
}

class MemoryDb {
  inspectors = new Map<string, Inspector>();
  assignments = new Map<string, string>();

  async reset(): Promise<void> {
    this.inspectors.clear();
    this.assignments.clear();
  }

  async addInspector(i: Inspector): Promise<void> {
    this.inspectors.set(i.id, i);
  }
}

class AssignmentService {
  constructor(private db: MemoryDb) {}

  async assign(site: Site): Promise<Inspector> {
    const qualified = [...this.db.inspectors.values()]
      .filter((i) => i.maxStoreys >= site.storeys)
      .sort((a, b) => a.maxStoreys - b.maxStoreys);
    const busy = new Set(this.db.assignments.values());
    const pick = qualified.find((i) => !busy.has(i.id)) ?? qualified[0];
    if (!pick) throw new Error(`no inspector certified for ${site.storeys} storeys`);
    this.db.assignments.set(site.siteId, pick.id);
    return pick;
  }
}

const db = new MemoryDb();

async function seedInspectors(): Promise<void> {
  await db.addInspector({ id: 'I-1', name: 'Chan Tai-man', maxStoreys: 10 });
  await db.addInspector({ id: 'I-2', name: 'Ho Siu-ling', maxStoreys: 30 });
  await db.addInspector({ id: 'I-3', name: 'Leung Ka-wai', maxStoreys: 60 });
}

describe('AssignmentService', () => {
  const service = new AssignmentService(db);

  before(async () => {
    await Promise.all([db.reset(), seedInspectors]);
  });

  after(async () => {
    await db.reset();
  });

  test('picks the least-qualified free inspector who can cover the site', async () => {
    const inspector = await service.assign({ siteId: 'MK-22', storeys: 8, district: 'Mong Kok' });
    assert.equal(inspector.id, 'I-1');
  });

  test('skips inspectors who are already assigned', async () => {
    const inspector = await service.assign({ siteId: 'MK-23', storeys: 6, district: 'Mong Kok' });
    assert.equal(inspector.id, 'I-2');
  });

  test('tall towers need a high-rise certificate', async () => {
    const inspector = await service.assign({ siteId: 'CW-01', storeys: 48, district: 'Central' });
    assert.equal(inspector.name, 'Leung Ka-wai');
  });

  test('refuses sites nobody is certified for', async () => {
    await assert.rejects(service.assign({ siteId: 'ICC-1', storeys: 118, district: 'West Kowloon' }), /no inspector certified/);
  });
});
