// expect: none
// The signal is handed to events.on so aborting ends the iteration with an AbortError that propagates; the tests only assert on that rejection.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, on } from 'node:events';

interface HopperReading {
  stall: string;
  grams: number;
  at: number;
}

interface IntakeTally {
  readings: number;
  gramsByStall: Map<string, number>;
}

async function tallyIntake(sensors: EventEmitter, expectedReadings: number, signal: AbortSignal): Promise<IntakeTally> {
  const gramsByStall = new Map<string, number>();
  let readings = 0;
  for await (const [reading] of on(sensors, 'reading', { signal }) as AsyncIterable<[HopperReading]>) {
    readings += 1;
    if (reading.grams > 0) {
      gramsByStall.set(reading.stall, (gramsByStall.get(reading.stall) ?? 0) + reading.grams);
    }
    if (readings >= expectedReadings) break;
  }
  return { readings, gramsByStall };
}

function emitSoon(sensors: EventEmitter, readings: HopperReading[]): void {
  setImmediate(() => {
    for (const r of readings) sensors.emit('reading', r);
  });
}

describe('hopper intake tally', () => {
  it('sums grams per stall until the expected count arrives', async () => {
    const sensors = new EventEmitter();
    const controller = new AbortController();
    const tally = tallyIntake(sensors, 3, controller.signal);
    emitSoon(sensors, [
      { stall: 'S1', grams: 1200, at: 1 },
      { stall: 'S2', grams: 800, at: 2 },
      { stall: 'S1', grams: 300, at: 3 },
    ]);
    const result = await tally;
    assert.equal(result.readings, 3);
    assert.equal(result.gramsByStall.get('S1'), 1500);
    assert.equal(sensors.listenerCount('reading'), 0);
  });

  it('ignores empty hopper readings in the totals', async () => {
    const sensors = new EventEmitter();
    const tally = tallyIntake(sensors, 2, new AbortController().signal);
    emitSoon(sensors, [
      { stall: 'S3', grams: 0, at: 1 },
      { stall: 'S3', grams: 650, at: 2 },
    ]);
    const result = await tally;
    assert.deepEqual([...result.gramsByStall], [['S3', 650]]);
  });

  it('rejects with AbortError when the round is cancelled', async () => {
    const sensors = new EventEmitter();
    const controller = new AbortController();
    const tally = tallyIntake(sensors, 10, controller.signal);
    emitSoon(sensors, [{ stall: 'S1', grams: 500, at: 1 }]);
    setTimeout(() => controller.abort(), 10);
    await assert.rejects(tally, { name: 'AbortError' });
    assert.equal(sensors.listenerCount('reading'), 0);
  });

  it('rejects immediately for an already-aborted signal', async () => {
    const sensors = new EventEmitter();
    await assert.rejects(tallyIntake(sensors, 1, AbortSignal.abort()), { name: 'AbortError' });
  });
});
