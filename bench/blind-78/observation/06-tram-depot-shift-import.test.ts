// expect: none
// Fixture inserts use await Promise.all(map(async ...)) and the only forEach has a synchronous callback, so every started promise is awaited before the tests run.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface ShiftRow {
  driverId: string;
  depot: 'north' | 'river' | 'hill';
  line: string;
  signOn: string;
  signOff: string;
}

interface ImportReport {
  imported: number;
  overlaps: Array<{ driverId: string; a: string; b: string }>;
  restViolations: string[];
}

declare const depotDb: {
  connect(url: string): Promise<void>;
  disconnect(): Promise<void>;
  clear(table: 'shifts' | 'drivers'): Promise<void>;
  insertDriver(driver: { id: string; licencedLines: string[] }): Promise<void>;
};
declare function importShiftCsv(csv: string): Promise<ImportReport>;

const drivers = [
  { id: 'D-101', licencedLines: ['4', '7'] },
  { id: 'D-102', licencedLines: ['4'] },
  { id: 'D-103', licencedLines: ['7', '12'] },
];

function toCsv(rows: ShiftRow[]): string {
  const lines = ['driver_id,depot,line,sign_on,sign_off'];
  rows.forEach((r) => {
    lines.push([r.driverId, r.depot, r.line, r.signOn, r.signOff].join(','));
  });
  return lines.join('\n');
}

describe('tram depot shift import', () => {
  before(async () => {
    await depotDb.connect(process.env.DEPOT_TEST_DB ?? 'postgres://localhost/depot_test');
  });

  after(async () => {
    await depotDb.disconnect();
  });

  beforeEach(async () => {
    await depotDb.clear('shifts');
    await depotDb.clear('drivers');
    await Promise.all(drivers.map(async (d) => depotDb.insertDriver(d)));
  });

  it('imports non-overlapping shifts', async () => {
    const report = await importShiftCsv(
      toCsv([
        { driverId: 'D-101', depot: 'north', line: '4', signOn: '05:10', signOff: '13:40' },
        { driverId: 'D-102', depot: 'north', line: '4', signOn: '13:30', signOff: '22:00' },
      ]),
    );
    assert.equal(report.imported, 2);
    assert.deepEqual(report.overlaps, []);
  });

  it('detects a driver booked on two overlapping shifts', async () => {
    const report = await importShiftCsv(
      toCsv([
        { driverId: 'D-103', depot: 'river', line: '7', signOn: '06:00', signOff: '14:00' },
        { driverId: 'D-103', depot: 'hill', line: '12', signOn: '13:00', signOff: '20:00' },
      ]),
    );
    assert.equal(report.overlaps.length, 1);
    assert.equal(report.overlaps[0].driverId, 'D-103');
  });

  it('flags less than eleven hours rest between late and early turns', async () => {
    const report = await importShiftCsv(
      toCsv([
        { driverId: 'D-101', depot: 'north', line: '7', signOn: '15:00', signOff: '23:50' },
        { driverId: 'D-101', depot: 'north', line: '7', signOn: '05:30+1', signOff: '13:00+1' },
      ]),
    );
    assert.deepEqual(report.restViolations, ['D-101']);
  });
});
