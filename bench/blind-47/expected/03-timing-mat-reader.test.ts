// expect: none
// Function references are passed only where a function is expected (assert.rejects/doesNotReject, beforeEach, map); every awaited value is a called promise.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface ChipRead {
  chipId: string;
  matId: string;
  gunTimeMs: number;
}

class TimingMat {
  private buffer: ChipRead[] = [];
  private open = true;

  constructor(readonly matId: string, private readonly startEpochMs: number) {}

  ingest = async (chipId: string, epochMs: number): Promise<ChipRead> => {
    if (!this.open) {
      throw new Error(`mat ${this.matId} is closed`);
    }
    if (!/^[0-9A-F]{8}$/.test(chipId)) {
      throw new Error(`malformed chip id ${chipId}`);
    }
    const read = { chipId, matId: this.matId, gunTimeMs: epochMs - this.startEpochMs };
    this.buffer.push(read);
    return read;
  };

  flush = async (): Promise<ChipRead[]> => {
    const out = this.buffer;
    this.buffer = [];
    return out;
  };

  close = async (): Promise<void> => {
    if (this.buffer.length > 0) {
      throw new Error(`mat ${this.matId} closed with ${this.buffer.length} unflushed reads`);
    }
    this.open = false;
  };
}

const GUN = Date.UTC(2024, 9, 13, 7, 0, 0);

describe('timing mat', () => {
  let mat: TimingMat;

  beforeEach(() => {
    mat = new TimingMat('KM21', GUN);
  });

  it('records gun time relative to the start', async () => {
    const read = await mat.ingest('0A1B2C3D', GUN + 5_400_000);
    assert.equal(read.gunTimeMs, 5_400_000);
  });

  it('reads several chips concurrently', async () => {
    const chips = ['00000001', '00000002', '00000003'];
    const reads = await Promise.all(chips.map((c, i) => mat.ingest(c, GUN + 1000 * (i + 1))));
    assert.deepEqual(
      reads.map((r) => r.gunTimeMs),
      [1000, 2000, 3000],
    );
    assert.equal((await mat.flush()).length, 3);
  });

  it('rejects malformed chip ids', async () => {
    await assert.rejects(() => mat.ingest('zz', GUN), /malformed chip id/);
  });

  it('refuses to close with unflushed reads, then closes after flushing', async () => {
    await mat.ingest('DEADBEEF', GUN + 10);
    await assert.rejects(mat.close, /1 unflushed reads/);
    await mat.flush();
    await assert.doesNotReject(mat.close);
    await assert.rejects(() => mat.ingest('DEADBEEF', GUN + 20), /closed/);
  });

  it('flush empties the buffer', async () => {
    await mat.ingest('CAFEF00D', GUN + 1);
    const first = await mat.flush();
    const second = await mat.flush();
    assert.equal(first.length, 1);
    assert.deepEqual(second, []);
  });
});
