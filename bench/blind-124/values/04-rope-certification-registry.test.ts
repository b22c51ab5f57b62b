// expect: no-promise-as-value
// The level-3 test passes registry.isCertified(...) — a Promise — straight to assert.ok, which is always truthy, so the test can never fail whatever the registry answers.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

type IrataLevel = 1 | 2 | 3;

interface CertificateRecord {
  technicianId: string;
  level: IrataLevel;
  expiresAt: string;
  suspended: boolean;
}

interface CertificateSource {
  lookup(technicianId: string): Promise<CertificateRecord | null>;
}

class CertificationRegistry {
  private readonly cache = new Map<string, CertificateRecord | null>();

  constructor(private readonly source: CertificateSource, private readonly now: () => Date = () => new Date()) {}

  private async record(technicianId: string): Promise<CertificateRecord | null> {
    if (!this.cache.has(technicianId)) {
      this.cache.set(technicianId, await this.source.lookup(technicianId));
    }
    return this.cache.get(technicianId) ?? null;
  }

  async isCertified(technicianId: string, minLevel: IrataLevel): Promise<boolean> {
    const rec = await this.record(technicianId);
    if (!rec || rec.suspended) return false;
    if (Date.parse(rec.expiresAt) <= this.now().getTime()) return false;
    return rec.level >= minLevel;
  }

  async canSuperviseRescue(technicianId: string): Promise<boolean> {
    return this.isCertified(technicianId, 3);
  }
}

describe('CertificationRegistry', () => {
  const records = new Map<string, CertificateRecord>();
  let lookups = 0;
  const source: CertificateSource = {
    async lookup(id) {
      lookups++;
      return records.get(id) ?? null;
    },
  };
  const today = () => new Date('2024-08-15T09:00:00Z');

  before(() => {
    records.set('T-17', { technicianId: 'T-17', level: 3, expiresAt: '2025-03-01T00:00:00Z', suspended: false });
    records.set('T-22', { technicianId: 'T-22', level: 1, expiresAt: '2025-01-10T00:00:00Z', suspended: false });
    records.set('T-31', { technicianId: 'T-31', level: 2, expiresAt: '2024-07-31T00:00:00Z', suspended: false });
    records.set('T-40', { technicianId: 'T-40', level: 3, expiresAt: '2026-01-01T00:00:00Z', suspended: true });
  });

  after(() => {
    records.clear();
  });

  test('a current level 3 technician may supervise rescue', () => {
    const registry = new CertificationRegistry(source, today);
    assert.ok(registry.isCertified('T-17', 3));
  });

  test('level 1 is not enough for level 2 work', async () => {
    const registry = new CertificationRegistry(source, today);
    assert.equal(await registry.isCertified('T-22', 2), false);
  });

  test('expired and suspended certificates are rejected', async () => {
    const registry = new CertificationRegistry(source, today);
    assert.equal(await registry.isCertified('T-31', 1), false);
    assert.equal(await registry.canSuperviseRescue('T-40'), false);
    assert.equal(await registry.isCertified('T-99', 1), false);
  });

  test('looks each technician up only once', async () => {
    const registry = new CertificationRegistry(source, today);
    const start = lookups;
    await registry.isCertified('T-22', 1);
    await registry.isCertified('T-22', 1);
    assert.equal(lookups - start, 1);
  });
});
