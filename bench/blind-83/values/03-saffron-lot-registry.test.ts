// expect: no-promise-as-value
// The deduplication test passes registry.hasLot(...) to assert.ok without awaiting; the Promise is always truthy, so the assertion passes whatever the registry says.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface SaffronLot {
  lotId: string;
  field: string;
  harvestDay: string;
  dryGrams: number;
  grade: 'I' | 'II' | 'III';
}

class LotRegistry {
  private readonly lots = new Map<string, SaffronLot>();

  async register(lot: SaffronLot): Promise<void> {
    await Promise.resolve();
    const key = `${lot.field}:${lot.harvestDay}`;
    for (const existing of this.lots.values()) {
      if (`${existing.field}:${existing.harvestDay}` === key && existing.lotId !== lot.lotId) {
        throw new Error(`field ${lot.field} already has a lot for ${lot.harvestDay}`);
      }
    }
    this.lots.set(lot.lotId, lot);
  }

  async hasLot(lotId: string): Promise<boolean> {
    await Promise.resolve();
    return this.lots.has(lotId);
  }

  async gramsByGrade(): Promise<Record<SaffronLot['grade'], number>> {
    const totals = { I: 0, II: 0, III: 0 };
    for (const lot of this.lots.values()) totals[lot.grade] += lot.dryGrams;
    return totals;
  }
}

function lot(overrides: Partial<SaffronLot> = {}): SaffronLot {
  return { lotId: 'L-1', field: 'north-terrace', harvestDay: '2024-10-28', dryGrams: 42, grade: 'I', ...overrides };
}

describe('saffron lot registry', () => {
  let registry: LotRegistry;

  beforeEach(() => {
    registry = new LotRegistry();
  });

  it('registers a lot', async () => {
    await registry.register(lot());
    assert.equal(await registry.hasLot('L-1'), true);
  });

  it('rejects a second lot for the same field and day', async () => {
    await registry.register(lot());
    await assert.rejects(registry.register(lot({ lotId: 'L-2' })), /already has a lot/);
    assert.ok(registry.hasLot('L-1'));
  });

  it('totals dry weight by grade', async () => {
    await registry.register(lot({ lotId: 'A', harvestDay: '2024-10-27', grade: 'I', dryGrams: 30 }));
    await registry.register(lot({ lotId: 'B', harvestDay: '2024-10-28', grade: 'II', dryGrams: 12 }));
    await registry.register(lot({ lotId: 'C', harvestDay: '2024-10-29', grade: 'I', dryGrams: 8 }));
    assert.deepEqual(await registry.gramsByGrade(), { I: 38, II: 12, III: 0 });
  });
});
