// expect: none
// Correct: every Promise.allSettled result is narrowed on status before .value or .reason is read.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Specimen {
  id: string;
  species: string;
  weightG: number;
  permit?: string;
}

interface MountOrder {
  specimenId: string;
  pose: 'perched' | 'flight' | 'standing' | 'shoulder';
  base: 'driftwood' | 'walnut' | 'habitat';
}

const PROTECTED = new Set(['peregrine falcon', 'barn owl', 'red kite']);

class MountingStudio {
  private readonly specimens = new Map<string, Specimen>();
  private readonly booked: MountOrder[] = [];

  receive(specimen: Specimen): void {
    this.specimens.set(specimen.id, specimen);
  }

  async book(order: MountOrder): Promise<{ specimenId: string; quoteGbp: number }> {
    await Promise.resolve();
    const specimen = this.specimens.get(order.specimenId);
    if (!specimen) throw new Error(`specimen ${order.specimenId} not received`);
    if (PROTECTED.has(specimen.species) && !specimen.permit) {
      throw new Error(`${specimen.species} requires an Article 10 certificate`);
    }
    if (order.pose === 'flight' && specimen.weightG > 3000) {
      throw new Error(`flight pose not supported above 3 kg`);
    }
    this.booked.push(order);
    const base = { driftwood: 40, walnut: 65, habitat: 120 }[order.base];
    return { specimenId: specimen.id, quoteGbp: Math.round(180 + specimen.weightG * 0.05 + base) };
  }

  get bookedCount(): number {
    return this.booked.length;
  }
}

async function bookBatch(studio: MountingStudio, orders: MountOrder[]) {
  const results = await Promise.allSettled(orders.map((o) => studio.book(o)));
  const quotes: Array<{ specimenId: string; quoteGbp: number }> = [];
  const refused: string[] = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') quotes.push(r.value);
    else refused.push(`${orders[i].specimenId}: ${(r.reason as Error).message}`);
  });
  return { quotes, refused };
}

describe('batch mount bookings', () => {
  let studio: MountingStudio;

  beforeEach(() => {
    studio = new MountingStudio();
    studio.receive({ id: 'S1', species: 'pheasant', weightG: 1200 });
    studio.receive({ id: 'S2', species: 'barn owl', weightG: 480 });
    studio.receive({ id: 'S3', species: 'red deer', weightG: 9000, permit: 'stalking-2024-118' });
  });

  it('quotes the valid orders and reports each refusal', async () => {
    const { quotes, refused } = await bookBatch(studio, [
      { specimenId: 'S1', pose: 'flight', base: 'driftwood' },
      { specimenId: 'S2', pose: 'perched', base: 'walnut' },
      { specimenId: 'S3', pose: 'shoulder', base: 'walnut' },
    ]);
    assert.deepEqual(quotes.map((q) => q.specimenId), ['S1', 'S3']);
    assert.equal(refused.length, 1);
    assert.match(refused[0], /^S2: .*Article 10/);
    assert.equal(studio.bookedCount, 2);
  });

  it('keeps statuses aligned with the input orders', async () => {
    const results = await Promise.allSettled([
      studio.book({ specimenId: 'S9', pose: 'standing', base: 'habitat' }),
      studio.book({ specimenId: 'S3', pose: 'flight', base: 'habitat' }),
      studio.book({ specimenId: 'S1', pose: 'standing', base: 'habitat' }),
    ]);
    assert.deepEqual(results.map((r) => r.status), ['rejected', 'rejected', 'fulfilled']);
    const last = results[2];
    assert.ok(last.status === 'fulfilled');
    assert.equal(last.value.quoteGbp, 360);
  });
});
