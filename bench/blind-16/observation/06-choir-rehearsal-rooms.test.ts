// expect: no-floating-promises
// assert.rejects returns a promise that is not awaited in the overlap test, so the test finishes before the assertion runs and a failed assertion surfaces as an unhandled rejection.
import assert from 'node:assert/strict';
import { setImmediate as tick } from 'node:timers/promises';

// vitest globals (globals: true in vitest.config)
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function beforeEach(fn: () => Promise<void> | void): void;

interface Rehearsal {
  id: number;
  section: 'soprano' | 'alto' | 'tenor' | 'bass' | 'full';
  room: string;
  start: Date;
  end: Date;
}

class RoomConflictError extends Error {
  constructor(
    readonly room: string,
    readonly clashesWith: number,
  ) {
    super(`room ${room} already booked by rehearsal #${clashesWith}`);
    this.name = 'RoomConflictError';
  }
}

class RehearsalScheduler {
  private nextId = 1;
  private readonly bookings: Rehearsal[] = [];

  async book(input: Omit<Rehearsal, 'id'>): Promise<Rehearsal> {
    await tick();
    if (input.end <= input.start) {
      throw new RangeError('rehearsal must end after it starts');
    }
    const clash = this.bookings.find((b) => b.room === input.room && b.start < input.end && input.start < b.end);
    if (clash) throw new RoomConflictError(input.room, clash.id);
    const rehearsal = { ...input, id: this.nextId++ };
    this.bookings.push(rehearsal);
    return rehearsal;
  }

  async forRoom(room: string): Promise<Rehearsal[]> {
    await tick();
    return this.bookings.filter((b) => b.room === room).sort((a, b) => a.start.getTime() - b.start.getTime());
  }
}

const at = (hhmm: string) => new Date(`2025-03-12T${hhmm}:00Z`);

describe('RehearsalScheduler', () => {
  let scheduler: RehearsalScheduler;

  beforeEach(() => {
    scheduler = new RehearsalScheduler();
  });

  it('books sectionals in separate rooms at the same time', async () => {
    const [sop, bass] = await Promise.all([
      scheduler.book({ section: 'soprano', room: 'Vestry', start: at('18:00'), end: at('19:00') }),
      scheduler.book({ section: 'bass', room: 'Crypt', start: at('18:00'), end: at('19:00') }),
    ]);
    assert.notEqual(sop.id, bass.id);
    assert.equal((await scheduler.forRoom('Vestry')).length, 1);
  });

  it('rejects an overlapping booking in the same room', async () => {
    await scheduler.book({ section: 'full', room: 'Nave', start: at('19:00'), end: at('21:00') });

    assert.rejects(scheduler.book({ section: 'alto', room: 'Nave', start: at('20:30'), end: at('21:30') }), RoomConflictError);

    const nave = await scheduler.forRoom('Nave');
    assert.equal(nave.length, 1);
  });

  it('allows back-to-back bookings', async () => {
    await scheduler.book({ section: 'tenor', room: 'Vestry', start: at('17:00'), end: at('18:00') });
    await scheduler.book({ section: 'alto', room: 'Vestry', start: at('18:00'), end: at('19:00') });
    const vestry = await scheduler.forRoom('Vestry');
    assert.deepEqual(
      vestry.map((r) => r.section),
      ['tenor', 'alto'],
    );
  });

  it('refuses a rehearsal that ends before it starts', async () => {
    await assert.rejects(scheduler.book({ section: 'full', room: 'Nave', start: at('20:00'), end: at('19:00') }), RangeError);
  });
});
