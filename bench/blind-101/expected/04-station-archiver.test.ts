// expect: none
// Teardown calls `await archiver.close()` and the appends are called inside Promise.all, while the only bare function references (the waitUntil predicate and the mock implementation) go to parameters that expect functions, so nothing awaits an uncalled async function.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

interface TraceRecord {
  station: string;
  channel: string;
  startMs: number;
  counts: Int32Array;
}

type Writer = (file: string, data: string) => Promise<void>;

class StationArchiver {
  private pending = 0;
  private closed = false;

  constructor(private readonly dir: string, private readonly write: Writer = appendFile) {}

  async append(rec: TraceRecord): Promise<void> {
    if (this.closed) throw new Error('archiver closed');
    this.pending += 1;
    try {
      const day = new Date(rec.startMs).toISOString().slice(0, 10);
      const line = `${rec.startMs}\t${Array.from(rec.counts).join(',')}\n`;
      await this.write(join(this.dir, `${rec.station}.${rec.channel}.${day}.txt`), line);
    } finally {
      this.pending -= 1;
    }
  }

  pendingCount(): number {
    return this.pending;
  }

  async close(): Promise<void> {
    this.closed = true;
    while (this.pending > 0) await sleep(5);
  }
}

async function waitUntil(predicate: () => boolean, timeoutMs = 1_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await sleep(5);
  }
}

const rec = (channel: string, startMs: number): TraceRecord => ({
  station: 'AK.BMR',
  channel,
  startMs,
  counts: Int32Array.from([4, -2, 9, 1]),
});

describe('StationArchiver', () => {
  let dir: string;
  let archiver: StationArchiver;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'archiver-'));
    archiver = new StationArchiver(dir);
  });

  afterEach(async () => {
    await archiver.close();
    await rm(dir, { recursive: true, force: true });
    mock.restoreAll();
  });

  it('writes one file per station, channel and day', async () => {
    await Promise.all([
      archiver.append(rec('BHZ', Date.UTC(2024, 0, 5, 23, 59))),
      archiver.append(rec('BHN', Date.UTC(2024, 0, 5, 12))),
      archiver.append(rec('BHZ', Date.UTC(2024, 0, 6, 0, 1))),
    ]);
    const files = (await readdir(dir)).sort();
    assert.deepEqual(files, ['AK.BMR.BHN.2024-01-05.txt', 'AK.BMR.BHZ.2024-01-05.txt', 'AK.BMR.BHZ.2024-01-06.txt']);
  });

  it('close() waits for writes already in flight', async () => {
    const write = mock.fn<Writer>(async () => {
      await sleep(30);
    });
    await archiver.close();
    archiver = new StationArchiver(dir, write);
    await Promise.all([
      archiver.append(rec('BHE', Date.UTC(2024, 0, 5))),
      waitUntil(() => archiver.pendingCount() === 1).then(() => archiver.close()),
    ]);
    assert.equal(archiver.pendingCount(), 0);
    assert.equal(write.mock.callCount(), 1);
  });

  it('rejects appends after close', async () => {
    await archiver.close();
    await assert.rejects(archiver.append(rec('BHZ', 0)), /archiver closed/);
  });
});
