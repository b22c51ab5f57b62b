// expect: none
// The room lookup is started before other awaits but is joined via Promise.all immediately, and every planner call in the tests is awaited.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';

type VoicePart = 'S' | 'A' | 'T' | 'B';

interface Availability {
  singer: string;
  part: VoicePart;
  evenings: string[];
}

interface PlannedRehearsal {
  evening: string;
  room: string;
  attending: Record<VoicePart, number>;
}

declare const rooms: {
  seed(rows: Array<{ room: string; seats: number; piano: boolean }>): Promise<void>;
  free(evening: string): Promise<string[]>;
  clear(): Promise<void>;
};

declare const planner: {
  plan(avail: Availability[], evenings: string[], minPerPart: number): Promise<PlannedRehearsal[]>;
};

const availability: Availability[] = [
  { singer: 'Ines', part: 'S', evenings: ['2025-09-02', '2025-09-04'] },
  { singer: 'Maud', part: 'S', evenings: ['2025-09-02'] },
  { singer: 'Oyelaran', part: 'A', evenings: ['2025-09-02', '2025-09-04'] },
  { singer: 'Pia', part: 'A', evenings: ['2025-09-04'] },
  { singer: 'Kenji', part: 'T', evenings: ['2025-09-02', '2025-09-04'] },
  { singer: 'Rafe', part: 'T', evenings: ['2025-09-02'] },
  { singer: 'Bartholomew', part: 'B', evenings: ['2025-09-02', '2025-09-04'] },
  { singer: 'Dov', part: 'B', evenings: ['2025-09-04'] },
];

describe('rehearsal planner', () => {
  before(async () => {
    await rooms.seed([
      { room: 'Chapter House', seats: 40, piano: true },
      { room: 'Vestry', seats: 12, piano: false },
    ]);
  });

  after(async () => {
    await rooms.clear();
  });

  it('schedules only evenings where every part is covered', async () => {
    const plan = await planner.plan(availability, ['2025-09-02', '2025-09-04'], 1);
    assert.deepEqual(
      plan.map((p) => p.evening),
      ['2025-09-02', '2025-09-04'],
    );
    for (const rehearsal of plan) {
      for (const part of ['S', 'A', 'T', 'B'] as const) {
        assert.ok(rehearsal.attending[part] >= 1, `${rehearsal.evening} has no ${part}`);
      }
    }
  });

  it('books a room that is actually free that evening', async () => {
    const freeRooms = rooms.free('2025-09-02');
    const [plan, free] = await Promise.all([planner.plan(availability, ['2025-09-02'], 1), freeRooms]);
    assert.equal(plan.length, 1);
    assert.ok(free.includes(plan[0].room));
  });

  it('drops an evening when a part falls below the minimum', async () => {
    const plan = await planner.plan(availability, ['2025-09-02', '2025-09-04'], 3);
    assert.deepEqual(plan, []);
  });

  it('rejects an empty evening list', async () => {
    await assert.rejects(planner.plan(availability, [], 1), /no evenings/);
  });
});
