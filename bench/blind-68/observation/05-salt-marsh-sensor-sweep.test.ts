// expect: none
// Correct: every Promise.allSettled result is narrowed on status before .value or .reason is read.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

interface MarshReading {
  stationId: string;
  salinityPsu: number;
  waterLevelCm: number;
}

interface SweepReport {
  readings: MarshReading[];
  offline: { stationId: string; reason: string }[];
  meanSalinity: number | null;
}

type Station = { id: string; read(): Promise<MarshReading> };

function station(id: string, salinityPsu: number, fail?: string): Station {
  return {
    id,
    async read() {
      await new Promise<void>((r) => setImmediate(r));
      if (fail) throw new Error(fail);
      return { stationId: id, salinityPsu, waterLevelCm: 40 + salinityPsu };
    },
  };
}

async function sweep(stations: Station[]): Promise<SweepReport> {
  const results = await Promise.allSettled(stations.map((s) => s.read()));
  const readings: MarshReading[] = [];
  const offline: SweepReport['offline'] = [];

  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      readings.push(result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      offline.push({ stationId: stations[i].id, reason });
    }
  });

  const meanSalinity = readings.length
    ? readings.reduce((sum, r) => sum + r.salinityPsu, 0) / readings.length
    : null;
  return { readings, offline, meanSalinity };
}

describe('salt marsh sensor sweep', () => {
  it('averages salinity across healthy stations', async () => {
    const report = await sweep([station('creek-1', 28), station('creek-2', 32), station('pan-3', 36)]);
    assert.equal(report.readings.length, 3);
    assert.equal(report.meanSalinity, 32);
    assert.deepEqual(report.offline, []);
  });

  it('reports offline stations without losing the rest', async () => {
    const report = await sweep([
      station('creek-1', 30),
      station('pan-3', 0, 'modem timeout'),
      station('sluice-4', 20),
    ]);
    assert.deepEqual(
      report.readings.map((r) => r.stationId),
      ['creek-1', 'sluice-4'],
    );
    assert.deepEqual(report.offline, [{ stationId: 'pan-3', reason: 'modem timeout' }]);
    assert.equal(report.meanSalinity, 25);
  });

  it('returns a null mean when every station is down', async () => {
    const report = await sweep([station('creek-1', 0, 'flooded'), station('creek-2', 0, 'battery')]);
    assert.equal(report.meanSalinity, null);
    assert.equal(report.offline.length, 2);
  });

  it('keeps station order in the offline list', async () => {
    const report = await sweep([station('b', 0, 'x'), station('a', 0, 'y')]);
    assert.deepEqual(
      report.offline.map((o) => o.stationId),
      ['b', 'a'],
    );
  });
});
