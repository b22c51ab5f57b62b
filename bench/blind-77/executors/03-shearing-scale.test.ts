// expect: no-multiple-settle
// Bug: nextWeight uses an async executor that awaits scale.tare(); if tare rejects, the rejection is lost and the promise never settles.
import { describe, it, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface FleeceWeight {
  penId: number;
  sheepTag: string;
  grams: number;
  stable: boolean;
}

interface WoolScale extends EventEmitter {
  connect(): Promise<void>;
  tare(): Promise<void>;
  close(): Promise<void>;
}

declare function createScale(opts: { port: string; baud: number }): WoolScale;
declare const shed: {
  startRun(penId: number, tags: string[]): Promise<void>;
  resetPens(): Promise<void>;
  tally(penId: number): Promise<{ sheep: number; totalGrams: number }>;
};

function nextWeight(scale: WoolScale, sheepTag: string): Promise<FleeceWeight> {
  return new Promise<FleeceWeight>(async (resolve, reject) => {
    await scale.tare();

    const onWeight = (w: FleeceWeight) => {
      if (w.sheepTag !== sheepTag || !w.stable) return;
      cleanup();
      resolve(w);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const cleanup = () => {
      scale.off('weight', onWeight);
      scale.off('error', onError);
    };

    scale.on('weight', onWeight);
    scale.on('error', onError);
  });
}

describe('shearing shed wool scale', () => {
  let scale: WoolScale;

  before(async () => {
    scale = createScale({ port: '/dev/ttyUSB0', baud: 9600 });
    await scale.connect();
  });

  after(async () => {
    await scale.close();
  });

  beforeEach(async () => {
    await shed.resetPens();
  });

  it('records a stable fleece weight for a single sheep', async () => {
    const [weight] = await Promise.all([
      nextWeight(scale, 'NZ-0142'),
      shed.startRun(3, ['NZ-0142']),
    ]);
    assert.equal(weight.penId, 3);
    assert.ok(weight.grams > 1500 && weight.grams < 9000, `implausible fleece ${weight.grams}g`);
  });

  it('tallies every sheep shorn from a pen', async () => {
    const tags = ['NZ-0201', 'NZ-0202', 'NZ-0203'];
    const [weights] = await Promise.all([
      Promise.all(tags.map((tag) => nextWeight(scale, tag))),
      shed.startRun(5, tags),
    ]);

    const tally = await shed.tally(5);
    assert.equal(tally.sheep, tags.length);
    assert.equal(
      tally.totalGrams,
      weights.reduce((sum, w) => sum + w.grams, 0),
    );
  });

  it('keeps pens separate', async () => {
    await Promise.all([nextWeight(scale, 'NZ-0310'), shed.startRun(1, ['NZ-0310'])]);
    const other = await shed.tally(2);
    assert.deepEqual(other, { sheep: 0, totalGrams: 0 });
  });
});
