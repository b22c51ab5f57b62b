// expect: none
// The seat-map promise is created once and awaited in several tests on purpose as a shared fixture; async callbacks are correctly passed to test hooks.
import { describe, it, before, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface Seat {
  row: string;
  number: number;
  priceBand: 'A' | 'B' | 'C';
  held: boolean;
}

interface HoldResult {
  holdId: string;
  seats: Seat[];
  expiresAt: number;
}

declare function loadSeatMap(performanceId: string): Promise<Seat[]>;
declare function createHold(performanceId: string, seats: Seat[], ttlMs: number): Promise<HoldResult>;
declare function releaseAllHolds(performanceId: string): Promise<void>;

const PERFORMANCE = 'hamlet-2024-11-14-1930';

describe('seat holds', () => {
  // Loading the seat map hits the ticketing sandbox, so share one request across the suite.
  let seatMap: Promise<Seat[]>;

  before(() => {
    seatMap = loadSeatMap(PERFORMANCE);
  });

  beforeEach(async () => {
    await releaseAllHolds(PERFORMANCE);
  });

  it('holds adjacent seats in the same row', async () => {
    const seats = await seatMap;
    const rowF = seats.filter((s) => s.row === 'F').slice(0, 2);
    const hold = await createHold(PERFORMANCE, rowF, 10 * 60_000);
    assert.equal(hold.seats.length, 2);
    assert.deepEqual(
      hold.seats.map((s) => s.number),
      rowF.map((s) => s.number),
    );
  });

  it('sets the expiry roughly ten minutes out', async () => {
    const seats = await seatMap;
    const startedAt = Date.now();
    const hold = await createHold(PERFORMANCE, seats.slice(0, 1), 10 * 60_000);
    assert.ok(hold.expiresAt >= startedAt + 10 * 60_000);
    assert.ok(hold.expiresAt < startedAt + 11 * 60_000);
  });

  it('rejects a hold on seats that are already held', async () => {
    const seats = await seatMap;
    const target = seats.filter((s) => s.priceBand === 'A').slice(0, 1);
    await createHold(PERFORMANCE, target, 60_000);
    await assert.rejects(createHold(PERFORMANCE, target, 60_000), /already held/);
  });

  it('returns the full seat map every time', async () => {
    const first = await seatMap;
    const second = await seatMap;
    assert.strictEqual(first, second);
    assert.ok(first.length > 0);
  });
});
