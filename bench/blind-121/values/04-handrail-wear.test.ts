// expect: no-promise-as-value
// The 'flags a worn handrail' test passes the un-awaited promise from needsReplacement() to assert.ok, which is always truthy, so the test can never fail.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface HandrailReading {
  unitId: string;
  side: 'left' | 'right';
  thicknessMm: number;
  speedDeltaPct: number;
  takenAt: Date;
}

interface ReadingStore {
  latest(unitId: string, side: 'left' | 'right'): Promise<HandrailReading | undefined>;
}

class HandrailWearAssessor {
  constructor(
    private readonly store: ReadingStore,
    private readonly minThicknessMm = 9.5,
    private readonly maxSpeedDeltaPct = 2,
  ) {}

  async needsReplacement(unitId: string, side: 'left' | 'right'): Promise<boolean> {
    const reading = await this.store.latest(unitId, side);
    if (!reading) throw new Error(`no handrail readings for ${unitId}/${side}`);
    return reading.thicknessMm < this.minThicknessMm || Math.abs(reading.speedDeltaPct) > this.maxSpeedDeltaPct;
  }

  async summary(unitId: string): Promise<string> {
    const [left, right] = await Promise.all([
      this.needsReplacement(unitId, 'left'),
      this.needsReplacement(unitId, 'right'),
    ]);
    if (left && right) return `${unitId}: replace both handrails`;
    if (left || right) return `${unitId}: replace ${left ? 'left' : 'right'} handrail`;
    return `${unitId}: handrails serviceable`;
  }
}

class MemoryStore implements ReadingStore {
  readonly rows: HandrailReading[] = [];
  async latest(unitId: string, side: 'left' | 'right') {
    return this.rows
      .filter((r) => r.unitId === unitId && r.side === side)
      .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())[0];
  }
}

describe('HandrailWearAssessor', () => {
  let store: MemoryStore;
  let assessor: HandrailWearAssessor;

  before(() => {
    store = new MemoryStore();
    store.rows.push(
      { unitId: 'ESC-21', side: 'left', thicknessMm: 10.4, speedDeltaPct: 0.5, takenAt: new Date('2025-03-01') },
      { unitId: 'ESC-21', side: 'left', thicknessMm: 8.9, speedDeltaPct: 0.7, takenAt: new Date('2025-06-01') },
      { unitId: 'ESC-21', side: 'right', thicknessMm: 10.1, speedDeltaPct: 0.4, takenAt: new Date('2025-06-01') },
      { unitId: 'ESC-22', side: 'left', thicknessMm: 11.0, speedDeltaPct: 3.1, takenAt: new Date('2025-06-02') },
      { unitId: 'ESC-22', side: 'right', thicknessMm: 11.2, speedDeltaPct: 0.2, takenAt: new Date('2025-06-02') },
    );
    assessor = new HandrailWearAssessor(store);
  });

  after(() => {
    store.rows.length = 0;
  });

  test('flags a worn handrail', () => {
    assert.ok(assessor.needsReplacement('ESC-21', 'left'));
  });

  test('flags a handrail that slips against the steps', async () => {
    assert.equal(await assessor.needsReplacement('ESC-22', 'left'), true);
  });

  test('passes a healthy handrail', async () => {
    assert.equal(await assessor.needsReplacement('ESC-21', 'right'), false);
  });

  test('summarises per unit', async () => {
    assert.equal(await assessor.summary('ESC-21'), 'ESC-21: replace left handrail');
    assert.equal(await assessor.summary('ESC-22'), 'ESC-22: replace left handrail');
  });

  test('rejects when a unit has never been measured', async () => {
    await assert.rejects(assessor.needsReplacement('ESC-99', 'left'), /no handrail readings/);
  });
});
