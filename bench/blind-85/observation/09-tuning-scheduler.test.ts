// expect: none
// Every stored promise gets its handler before anything can reject it: assert.rejects is set up before the tick, the two bookings go straight into Promise.all, and the tune() result is awaited right after a synchronous mock tick, with no await in between.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface Booking {
  organ: string;
  division: 'great' | 'swell' | 'choir' | 'pedal';
  slot: string;
}

interface TuningReport {
  organ: string;
  pipesAdjusted: number;
  humidityPct: number;
}

declare class TuningScheduler {
  constructor(opts: { workshop: string; minutesPerRank: number });
  open(): Promise<void>;
  close(): Promise<void>;
  book(organ: string, division: Booking['division']): Promise<Booking>;
  tune(organ: string): Promise<TuningReport>;
  reportHumidity(organ: string, pct: number): void;
}

describe('TuningScheduler', () => {
  let scheduler: TuningScheduler;

  beforeEach(async () => {
    mock.timers.enable({ apis: ['setTimeout', 'Date'], now: new Date('2024-03-04T08:00:00Z') });
    scheduler = new TuningScheduler({ workshop: 'ghent', minutesPerRank: 20 });
    await scheduler.open();
  });

  afterEach(async () => {
    await scheduler.close();
    mock.timers.reset();
  });

  it('books two divisions of the same organ into consecutive slots', async () => {
    const great = scheduler.book('st-bavo', 'great');
    const swell = scheduler.book('st-bavo', 'swell');
    const [a, b] = await Promise.all([great, swell]);
    assert.equal(a.slot, '2024-03-04T08:00:00.000Z');
    assert.equal(b.slot, '2024-03-04T08:20:00.000Z');
  });

  it('finishes tuning after the scheduled time', async () => {
    const tuned = scheduler.tune('st-bavo');
    mock.timers.tick(4 * 20 * 60_000);
    const report = await tuned;
    assert.equal(report.organ, 'st-bavo');
    assert.ok(report.pipesAdjusted > 0);
  });

  it('aborts the job if the nave gets too humid mid-tuning', async () => {
    const tuned = scheduler.tune('st-michiel');
    const aborted = assert.rejects(tuned, /humidity 82% too high/);
    mock.timers.tick(20 * 60_000);
    scheduler.reportHumidity('st-michiel', 82);
    mock.timers.tick(20 * 60_000);
    await aborted;
  });

  it('calls the notifier once per finished organ', async () => {
    const notify = mock.fn(async (_report: TuningReport) => {});
    const first = scheduler.tune('st-bavo').then(notify);
    const second = scheduler.tune('st-jacob').then(notify);
    const both = Promise.all([first, second]);
    mock.timers.tick(8 * 20 * 60_000);
    await both;
    assert.equal(notify.mock.callCount(), 2);
  });
});
