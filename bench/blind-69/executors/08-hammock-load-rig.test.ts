// expect: none
// streamLoadCurve's executor listens for both 'finish' and 'error' on the sink and detaches the other listener, so it settles once on every path.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';

export interface LoadSample {
  cycle: number;
  newtons: number;
  sagMm: number;
}

export interface RigReader {
  samples(): Iterable<LoadSample>;
}

export function streamLoadCurve(rig: RigReader, sink: Writable): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    let written = 0;
    const onFinish = () => {
      sink.off('error', onError);
      resolve(written);
    };
    const onError = (err: Error) => {
      sink.off('finish', onFinish);
      reject(err);
    };
    sink.once('finish', onFinish);
    sink.once('error', onError);

    for (const sample of rig.samples()) {
      sink.write(`${sample.cycle},${sample.newtons.toFixed(1)},${sample.sagMm.toFixed(1)}\n`);
      written++;
    }
    sink.end();
  });
}

function collectingSink(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
}

function failingSink(afterChunks: number): Writable {
  let seen = 0;
  return new Writable({
    write(_chunk, _encoding, callback) {
      seen++;
      callback(seen > afterChunks ? new Error('rig logger disk full') : null);
    },
  });
}

function fakeRig(cycles: number, peakNewtons: number): RigReader {
  return {
    *samples() {
      for (let cycle = 1; cycle <= cycles; cycle++) {
        const newtons = (peakNewtons * cycle) / cycles;
        yield { cycle, newtons, sagMm: newtons / 9.5 };
      }
    },
  };
}

describe('streamLoadCurve', () => {
  let chunks: string[];

  beforeEach(() => {
    chunks = [];
  });

  it('writes one csv row per rig sample', async () => {
    const count = await streamLoadCurve(fakeRig(5, 1800), collectingSink(chunks));
    assert.equal(count, 5);
    assert.equal(chunks.length, 5);
    assert.match(chunks[4], /^5,1800\.0,189\.5\n$/);
  });

  it('resolves with zero for a rig that produced nothing', async () => {
    const count = await streamLoadCurve(fakeRig(0, 1800), collectingSink(chunks));
    assert.equal(count, 0);
    assert.deepEqual(chunks, []);
  });

  it('rejects when the sink fails part way through', async () => {
    await assert.rejects(streamLoadCurve(fakeRig(40, 2200), failingSink(3)), /disk full/);
  });
});
