// expect: none
// Each assertion awaits availableSeats/isSoldOut before comparing, so the tests check real seat counts instead of Promise objects.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

type Section = 'stalls' | 'dress-circle' | 'upper-circle' | 'boxes';

interface TicketLedger {
  sold(performanceId: string, section: Section): Promise<number>;
  held(performanceId: string, section: Section): Promise<number>;
}

class MatineeAvailability {
  constructor(private readonly ledger: TicketLedger, private readonly capacity: Record<Section, number>) {}

  async availableSeats(performanceId: string, section: Section): Promise<number> {
    const [sold, held] = await Promise.all([
      this.ledger.sold(performanceId, section),
      this.ledger.held(performanceId, section),
    ]);
    return Math.max(0, this.capacity[section] - sold - held);
  }

  async isSoldOut(performanceId: string): Promise<boolean> {
    const sections = Object.keys(this.capacity) as Section[];
    const counts = await Promise.all(sections.map((s) => this.availableSeats(performanceId, s)));
    return counts.every((n) => n === 0);
  }
}

describe('MatineeAvailability', () => {
  const sold = new Map<string, number>();
  const held = new Map<string, number>();
  let availability: MatineeAvailability;

  before(() => {
    sold.set('SAT-MAT:stalls', 300).set('SAT-MAT:dress-circle', 150).set('SAT-MAT:upper-circle', 180).set('SAT-MAT:boxes', 16);
    held.set('SAT-MAT:stalls', 18);
    availability = new MatineeAvailability(
      {
        sold: async (p, s) => sold.get(`${p}:${s}`) ?? 0,
        held: async (p, s) => held.get(`${p}:${s}`) ?? 0,
      },
      { stalls: 360, 'dress-circle': 150, 'upper-circle': 180, boxes: 16 },
    );
  });

  after(() => {
    sold.clear();
    held.clear();
  });

  test('subtracts sold and held seats from capacity', async () => {
    assert.equal(await availability.availableSeats('SAT-MAT', 'stalls'), 42);
  });

  test('reports zero for a full section', async () => {
    assert.equal(await availability.availableSeats('SAT-MAT', 'boxes'), 0);
  });

  test('is not sold out while stalls have seats', async () => {
    assert.equal(await availability.isSoldOut('SAT-MAT'), false);
  });

  test('is sold out once the remaining stalls are held', async () => {
    held.set('SAT-MAT:stalls', 60);
    assert.ok(await availability.isSoldOut('SAT-MAT'));
  });
});
