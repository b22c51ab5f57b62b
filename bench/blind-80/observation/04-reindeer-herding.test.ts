// expect: none
// syncCollars checks every allSettled result's status before touching value or reason, and the tests await every promise they create.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface CollarFix {
  collarId: string;
  lat: number;
  lon: number;
  batteryPct: number;
}

interface SyncReport {
  fixes: CollarFix[];
  lowBattery: string[];
  unreachable: Array<{ collarId: string; reason: string }>;
}

type CollarReader = (collarId: string) => Promise<CollarFix>;

async function syncCollars(collarIds: string[], read: CollarReader): Promise<SyncReport> {
  const settled = await Promise.allSettled(collarIds.map((id) => read(id)));
  const report: SyncReport = { fixes: [], lowBattery: [], unreachable: [] };

  settled.forEach((result, index) => {
    const collarId = collarIds[index];
    if (result.status === 'rejected') {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      report.unreachable.push({ collarId, reason });
      return;
    }
    report.fixes.push(result.value);
    if (result.value.batteryPct < 15) report.lowBattery.push(collarId);
  });
  return report;
}

function fakeTundra(fixes: Record<string, CollarFix | Error>): CollarReader {
  return async (collarId) => {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const fix = fixes[collarId];
    if (fix === undefined) throw new Error(`collar ${collarId} out of satellite window`);
    if (fix instanceof Error) throw fix;
    return fix;
  };
}

describe('syncCollars', () => {
  let read: CollarReader;

  beforeEach(() => {
    read = fakeTundra({
      'R-101': { collarId: 'R-101', lat: 68.35, lon: 18.83, batteryPct: 72 },
      'R-102': { collarId: 'R-102', lat: 68.41, lon: 18.9, batteryPct: 9 },
      'R-103': new Error('collar reports magnetometer fault'),
    });
  });

  it('collects fixes from reachable collars', async () => {
    const report = await syncCollars(['R-101', 'R-102'], read);
    assert.deepEqual(
      report.fixes.map((f) => f.collarId),
      ['R-101', 'R-102'],
    );
    assert.deepEqual(report.unreachable, []);
  });

  it('flags collars with low batteries', async () => {
    const report = await syncCollars(['R-101', 'R-102'], read);
    assert.deepEqual(report.lowBattery, ['R-102']);
  });

  it('reports faulty and out-of-window collars without failing the sync', async () => {
    const report = await syncCollars(['R-101', 'R-103', 'R-999'], read);
    assert.equal(report.fixes.length, 1);
    assert.deepEqual(report.unreachable, [
      { collarId: 'R-103', reason: 'collar reports magnetometer fault' },
      { collarId: 'R-999', reason: 'collar R-999 out of satellite window' },
    ]);
  });

  it('propagates a reader rejection when called directly', async () => {
    await assert.rejects(read('R-103'), /magnetometer/);
  });
});
