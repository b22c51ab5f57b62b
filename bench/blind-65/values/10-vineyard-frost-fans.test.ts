// expect: no-promise-as-value
// The fan-trigger test passes station.shouldStartFans(...) straight to assert.ok; it returns a promise, which is always truthy.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface SensorReading {
  sensorId: string;
  row: string;
  airC: number;
  dewPointC: number;
  heightM: number;
}

interface FrostStation {
  ingest(readings: SensorReading[]): void;
  shouldStartFans(block: string): Promise<boolean>;
  inversionStrength(block: string): Promise<number>;
  fanRows(block: string): Promise<string[]>;
}

declare function createFrostStation(options: { triggerC: number; minInversionC: number }): FrostStation;

function reading(row: string, airC: number, heightM = 1.5, dewPointC = airC - 2): SensorReading {
  return { sensorId: `${row}-${heightM}`, row, airC, dewPointC, heightM };
}

describe('frost fan controller', () => {
  let station: FrostStation;

  beforeEach(() => {
    station = createFrostStation({ triggerC: 0.5, minInversionC: 1.5 });
  });

  it('measures the inversion between canopy and tower sensors', async () => {
    station.ingest([reading('R1', -0.5, 1.5), reading('R1', 2.5, 10)]);
    assert.equal(await station.inversionStrength('north'), 3);
  });

  it('starts fans when canopy is cold and warm air sits above', async () => {
    station.ingest([reading('R1', 0.2, 1.5), reading('R1', 3.1, 10), reading('R2', 0.4, 1.5), reading('R2', 3.0, 10)]);
    assert.ok(station.shouldStartFans('north'));
  });

  it('keeps fans off when there is no inversion to mix down', async () => {
    station.ingest([reading('R1', 0.1, 1.5), reading('R1', 0.4, 10)]);
    assert.equal(await station.shouldStartFans('north'), false);
  });

  it('keeps fans off above the trigger temperature', async () => {
    station.ingest([reading('R1', 2.2, 1.5), reading('R1', 5.0, 10)]);
    assert.equal(await station.shouldStartFans('north'), false);
  });

  it('only lists rows whose canopy sensors are below the trigger', async () => {
    station.ingest([
      reading('R1', 0.1, 1.5),
      reading('R2', 1.9, 1.5),
      reading('R3', -0.8, 1.5),
      reading('R1', 3.2, 10),
    ]);
    assert.deepEqual((await station.fanRows('north')).sort(), ['R1', 'R3']);
  });
});
