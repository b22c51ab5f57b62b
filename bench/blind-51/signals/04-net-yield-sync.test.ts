// expect: none
// syncYields rethrows AbortError (and checks the signal between nets) and only turns other, per-net failures into skipped entries; tests cover both paths.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as delay } from 'node:timers/promises';

interface NetYield {
  netId: string;
  litres: number;
}

interface SyncReport {
  uploaded: NetYield[];
  skipped: string[];
}

type Uploader = (entry: NetYield, signal: AbortSignal) => Promise<void>;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

async function syncYields(entries: NetYield[], upload: Uploader, signal: AbortSignal): Promise<SyncReport> {
  const report: SyncReport = { uploaded: [], skipped: [] };
  for (const entry of entries) {
    signal.throwIfAborted();
    try {
      await upload(entry, signal);
      report.uploaded.push(entry);
    } catch (err) {
      if (isAbortError(err)) throw err;
      report.skipped.push(entry.netId);
    }
  }
  return report;
}

const ENTRIES: NetYield[] = [
  { netId: 'atacama-01', litres: 12.4 },
  { netId: 'atacama-02', litres: 9.1 },
  { netId: 'atacama-03', litres: 15.8 },
];

const slowUploader: Uploader = async (_entry, signal) => {
  await delay(20, undefined, { signal });
};

describe('syncYields', () => {
  it('uploads every entry when nothing fails', async () => {
    const report = await syncYields(ENTRIES, slowUploader, new AbortController().signal);
    assert.equal(report.uploaded.length, 3);
    assert.deepEqual(report.skipped, []);
  });

  it('skips entries whose upload fails for ordinary reasons', async () => {
    const flaky: Uploader = async (entry) => {
      if (entry.netId === 'atacama-02') throw new Error('station offline');
    };
    const report = await syncYields(ENTRIES, flaky, new AbortController().signal);
    assert.deepEqual(report.skipped, ['atacama-02']);
    assert.equal(report.uploaded.length, 2);
  });

  it('propagates cancellation instead of skipping', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 5);
    await assert.rejects(syncYields(ENTRIES, slowUploader, controller.signal), { name: 'AbortError' });
  });

  it('does not start uploading with an already-aborted signal', async () => {
    let calls = 0;
    const counting: Uploader = async () => {
      calls += 1;
    };
    await assert.rejects(syncYields(ENTRIES, counting, AbortSignal.abort()), { name: 'AbortError' });
    assert.equal(calls, 0);
  });
});
