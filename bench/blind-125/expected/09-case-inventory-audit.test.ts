// expect: no-uncalled-async-function
// The before hook awaits inventory.load without calling it, so the catalogue is never loaded and the tests run against an empty inventory.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface CaseRecord {
  caseId: string;
  face: string;
  sizePt: number;
  sorts: number;
}

class CaseInventory {
  private readonly cases = new Map<string, CaseRecord>();
  private loadedFrom: string | undefined;

  constructor(private readonly source: () => Promise<CaseRecord[]>) {}

  async load(): Promise<void> {
    const records = await this.source();
    this.cases.clear();
    for (const r of records) this.cases.set(r.caseId, r);
    this.loadedFrom = new Date().toISOString();
  }

  get loaded(): boolean {
    return this.loadedFrom !== undefined;
  }

  facesAt(sizePt: number): string[] {
    return [...new Set([...this.cases.values()].filter((c) => c.sizePt === sizePt).map((c) => c.face))].sort();
  }

  lowCases(minSorts: number): string[] {
    return [...this.cases.values()].filter((c) => c.sorts < minSorts).map((c) => c.caseId);
  }

  close(): void {
    this.cases.clear();
  }
}

const catalogue: CaseRecord[] = [
  { caseId: 'R1-03', face: 'Caslon', sizePt: 12, sorts: 4_100 },
  { caseId: 'R1-04', face: 'Caslon', sizePt: 12, sorts: 3_900 },
  { caseId: 'R2-11', face: 'Gill Sans', sizePt: 12, sorts: 850 },
  { caseId: 'R3-02', face: 'Perpetua', sizePt: 18, sorts: 1_200 },
];

describe('CaseInventory audit', () => {
  const inventory = new CaseInventory(async () => catalogue.map((c) => ({ ...c })));

  before(async () => {
    await inventory.load;
  });

  after(() => {
    inventory.close();
  });

  test('lists faces cast at 12 point', () => {
    for (const face of inventory.facesAt(12)) {
      assert.ok(['Caslon', 'Gill Sans'].includes(face));
    }
  });

  test('flags cases that need recasting', () => {
    const low = inventory.lowCases(1_000);
    assert.ok(!low.includes('R1-03'));
    assert.ok(low.every((id) => id.startsWith('R')));
  });

  test('does not report display sizes as body type', () => {
    assert.ok(!inventory.facesAt(12).includes('Perpetua'));
  });
});
