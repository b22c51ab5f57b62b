// expect: no-floating-promises
// assert.rejects in the overlap test is not awaited, so the test finishes before the assertion runs and a failure is never reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';

type Component = 'haul-rope' | 'bullwheel' | 'grip' | 'tower-sheave' | 'brake';

interface InspectionSlot {
  liftId: string;
  component: Component;
  start: Date;
  end: Date;
  technician: string;
}

class InspectionScheduler {
  private slots: InspectionSlot[] = [];

  constructor(private readonly certified: Map<string, Component[]>) {}

  async book(slot: InspectionSlot): Promise<InspectionSlot> {
    await Promise.resolve();
    const allowed = this.certified.get(slot.technician) ?? [];
    if (!allowed.includes(slot.component)) {
      throw new Error(`${slot.technician} is not certified for ${slot.component}`);
    }
    const clash = this.slots.find((s) => s.liftId === slot.liftId && s.start < slot.end && slot.start < s.end);
    if (clash) {
      throw new Error(`overlaps ${clash.component} inspection on ${clash.liftId}`);
    }
    this.slots.push(slot);
    return slot;
  }

  bookedFor(liftId: string): InspectionSlot[] {
    return this.slots.filter((s) => s.liftId === liftId);
  }
}

const at = (hhmm: string) => new Date(`2024-11-18T${hhmm}:00Z`);

function makeScheduler() {
  return new InspectionScheduler(
    new Map<string, Component[]>([
      ['ingrid', ['haul-rope', 'grip', 'brake']],
      ['tomas', ['bullwheel', 'tower-sheave']],
    ]),
  );
}

test('books a certified technician into a free window', async () => {
  const scheduler = makeScheduler();
  const slot = await scheduler.book({
    liftId: 'summit-quad',
    component: 'grip',
    start: at('06:00'),
    end: at('07:30'),
    technician: 'ingrid',
  });
  assert.equal(slot.liftId, 'summit-quad');
  assert.equal(scheduler.bookedFor('summit-quad').length, 1);
});

test('refuses an overlapping window on the same lift', async () => {
  const scheduler = makeScheduler();
  await scheduler.book({
    liftId: 'summit-quad',
    component: 'haul-rope',
    start: at('05:30'),
    end: at('07:00'),
    technician: 'ingrid',
  });

  assert.rejects(
    scheduler.book({
      liftId: 'summit-quad',
      component: 'bullwheel',
      start: at('06:30'),
      end: at('08:00'),
      technician: 'tomas',
    }),
    /overlaps haul-rope/,
  );
  assert.equal(scheduler.bookedFor('summit-quad').length, 1);
});

test('refuses a technician without the component certificate', async () => {
  const scheduler = makeScheduler();
  await assert.rejects(
    scheduler.book({
      liftId: 'valley-t-bar',
      component: 'brake',
      start: at('09:00'),
      end: at('10:00'),
      technician: 'tomas',
    }),
    /not certified for brake/,
  );
});
