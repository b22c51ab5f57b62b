// expect: none
// syncBuoyLogs checks the signal between buoys and hands it to every download, and the tests assert that an abort surfaces as an AbortError.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface BuoyLog {
  buoyId: string;
  lines: string[];
}

interface LogClient {
  download(buoyId: string, since: Date, options: { signal: AbortSignal }): Promise<BuoyLog>;
}

interface SyncResult {
  synced: string[];
  lineCount: number;
}

async function syncBuoyLogs(
  client: LogClient,
  buoys: readonly string[],
  since: Date,
  { signal }: { signal: AbortSignal },
): Promise<SyncResult> {
  const result: SyncResult = { synced: [], lineCount: 0 };
  for (const buoyId of buoys) {
    signal.throwIfAborted();
    const log = await client.download(buoyId, since, { signal });
    const fresh = log.lines.filter((l) => !l.startsWith('#'));
    result.synced.push(buoyId);
    result.lineCount += fresh.length;
  }
  return result;
}

function fakeClient(delayMs: number, calls: string[]): LogClient {
  return {
    async download(buoyId, _since, { signal }) {
      calls.push(buoyId);
      await sleep(delayMs, undefined, { signal });
      return { buoyId, lines: ['# header', `${buoyId} 78.21 15.63 0.4`, `${buoyId} 78.22 15.61 0.5`] };
    },
  };
}

const since = new Date('2024-03-01T00:00:00Z');

test('syncs every buoy when not cancelled', async () => {
  const calls: string[] = [];
  const controller = new AbortController();
  const result = await syncBuoyLogs(fakeClient(1, calls), ['B-11', 'B-12', 'B-19'], since, {
    signal: controller.signal,
  });
  assert.deepEqual(result, { synced: ['B-11', 'B-12', 'B-19'], lineCount: 6 });
});

test('an abort mid-download rejects with AbortError', async () => {
  const calls: string[] = [];
  const controller = new AbortController();
  const sync = syncBuoyLogs(fakeClient(50, calls), ['B-11', 'B-12'], since, { signal: controller.signal });
  controller.abort();
  await assert.rejects(sync, { name: 'AbortError' });
  assert.deepEqual(calls, ['B-11']);
});

test('an already-aborted signal downloads nothing', async () => {
  const calls: string[] = [];
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(
    syncBuoyLogs(fakeClient(1, calls), ['B-11'], since, { signal: controller.signal }),
    { name: 'AbortError' },
  );
  assert.deepEqual(calls, []);
});

test('a timeout signal stops a slow sync', async () => {
  const calls: string[] = [];
  await assert.rejects(
    syncBuoyLogs(fakeClient(200, calls), ['B-11', 'B-12', 'B-19'], since, { signal: AbortSignal.timeout(20) }),
    (err: unknown) =>
      err instanceof Error && err.name === 'AbortError' && (err.cause as Error | undefined)?.name === 'TimeoutError',
  );
  assert.equal(calls.length, 1);
});
