// expect: no-unobserved-promise
// uploadAll starts every batch upload up front and then awaits them one at a time in a loop, so a later batch that rejects before the earlier ones finish has no handler attached.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface TideSample {
  bed: string;
  at: number;
  depthCm: number;
  salinityPsu: number;
}

interface TelemetryClient {
  putBatch(bed: string, samples: TideSample[]): Promise<{ accepted: number }>;
}

class TideSensorUploader {
  constructor(
    private readonly client: TelemetryClient,
    private readonly batchSize = 50,
  ) {}

  private batches(samples: TideSample[]): Array<[string, TideSample[]]> {
    const byBed = new Map<string, TideSample[]>();
    for (const s of samples) {
      const list = byBed.get(s.bed) ?? [];
      list.push(s);
      byBed.set(s.bed, list);
    }
    const out: Array<[string, TideSample[]]> = [];
    for (const [bed, list] of byBed) {
      for (let i = 0; i < list.length; i += this.batchSize) {
        out.push([bed, list.slice(i, i + this.batchSize)]);
      }
    }
    return out;
  }

  async uploadAll(samples: TideSample[]): Promise<number> {
    const uploads = this.batches(samples).map(([bed, batch]) => this.client.putBatch(bed, batch));
    let accepted = 0;
    for (const upload of uploads) {
      accepted += (await upload).accepted;
    }
    return accepted;
  }
}

function samplesFor(bed: string, count: number): TideSample[] {
  return Array.from({ length: count }, (_, i) => ({
    bed,
    at: 1_700_000_000_000 + i * 600_000,
    depthCm: 40 + Math.round(30 * Math.sin(i / 6)),
    salinityPsu: 31.5,
  }));
}

describe('TideSensorUploader', () => {
  const calls: Array<{ bed: string; size: number }> = [];
  let client: TelemetryClient;

  before(() => {
    client = {
      async putBatch(bed, samples) {
        calls.push({ bed, size: samples.length });
        if (bed === 'offline-bed') throw new Error('bed gateway unreachable');
        return { accepted: samples.length };
      },
    };
  });

  after(() => {
    calls.length = 0;
  });

  test('splits samples per bed and by batch size', async () => {
    const uploader = new TideSensorUploader(client, 10);
    const accepted = await uploader.uploadAll([...samplesFor('north-rack', 25), ...samplesFor('south-rack', 5)]);
    assert.equal(accepted, 30);
    assert.deepEqual(
      calls.slice(-4).map((c) => c.size),
      [10, 10, 5, 5],
    );
  });

  test('returns zero for an empty tide window', async () => {
    const uploader = new TideSensorUploader(client);
    assert.equal(await uploader.uploadAll([]), 0);
  });

  test('surfaces a gateway failure', async () => {
    const uploader = new TideSensorUploader(client);
    await assert.rejects(uploader.uploadAll(samplesFor('offline-bed', 3)), /gateway unreachable/);
  });
});
