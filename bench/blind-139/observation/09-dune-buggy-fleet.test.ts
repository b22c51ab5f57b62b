// expect: no-unobserved-promise
// inspectAll starts every inspection with map and then awaits them one by one in a for loop, so a later inspection that rejects while an earlier one is still pending has no handler yet.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface InspectionResult {
  buggyId: string;
  tyrePsi: number;
  rollCageOk: boolean;
}

interface Workshop {
  inspect(buggyId: string): Promise<InspectionResult>;
}

class BuggyFleet {
  constructor(private readonly workshop: Workshop, private readonly ids: readonly string[]) {}

  async inspectAll(): Promise<{ roadworthy: string[]; grounded: string[] }> {
    const inspections = this.ids.map((id) => this.workshop.inspect(id));
    const roadworthy: string[] = [];
    const grounded: string[] = [];
    for (const pending of inspections) {
      const result = await pending;
      if (result.rollCageOk && result.tyrePsi >= 8 && result.tyrePsi <= 14) {
        roadworthy.push(result.buggyId);
      } else {
        grounded.push(result.buggyId);
      }
    }
    return { roadworthy, grounded };
  }
}

class FakeWorkshop implements Workshop {
  readonly seen: string[] = [];
  constructor(private readonly table: Record<string, { delayMs: number; result?: InspectionResult; error?: string }>) {}

  async inspect(buggyId: string): Promise<InspectionResult> {
    this.seen.push(buggyId);
    const entry = this.table[buggyId];
    if (!entry) throw new Error(`unknown buggy ${buggyId}`);
    await delay(entry.delayMs);
    if (entry.error) throw new Error(entry.error);
    return entry.result!;
  }
}

describe('BuggyFleet.inspectAll', () => {
  let workshop: FakeWorkshop;

  before(() => {
    workshop = new FakeWorkshop({
      'DB-1': { delayMs: 5, result: { buggyId: 'DB-1', tyrePsi: 10, rollCageOk: true } },
      'DB-2': { delayMs: 1, result: { buggyId: 'DB-2', tyrePsi: 22, rollCageOk: true } },
      'DB-3': { delayMs: 3, result: { buggyId: 'DB-3', tyrePsi: 9, rollCageOk: false } },
    });
  });

  after(() => {
    workshop.seen.length = 0;
  });

  test('splits the fleet into roadworthy and grounded buggies', async () => {
    const fleet = new BuggyFleet(workshop, ['DB-1', 'DB-2', 'DB-3']);
    const { roadworthy, grounded } = await fleet.inspectAll();
    assert.deepEqual(roadworthy, ['DB-1']);
    assert.deepEqual(grounded, ['DB-2', 'DB-3']);
  });

  test('inspects every buggy in the fleet', async () => {
    const fleet = new BuggyFleet(workshop, ['DB-3', 'DB-1']);
    await fleet.inspectAll();
    assert.ok(workshop.seen.includes('DB-3'));
    assert.ok(workshop.seen.includes('DB-1'));
  });
});
