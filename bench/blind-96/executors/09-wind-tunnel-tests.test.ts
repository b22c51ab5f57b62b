// expect: none
// collectSamples detaches its data, error and end listeners in one cleanup before every settle and resolves only when the n-th sample arrives, so extra samples, a late error or the stream ending afterwards cannot settle it again, and an early end or error rejects instead of hanging.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, type Readable } from 'node:stream';

interface PressureSample {
  tap: number;
  pascals: number;
  t: number;
}

class TunnelRig {
  readonly samples = new PassThrough({ objectMode: true });
  private ticker: NodeJS.Timeout | undefined;
  private t = 0;

  constructor(private readonly taps: number, private readonly airspeed: number) {}

  start(periodMs: number): void {
    this.ticker = setInterval(() => {
      this.t += periodMs;
      for (let tap = 0; tap < this.taps; tap++) {
        const q = 0.5 * 1.225 * this.airspeed ** 2;
        this.samples.write({ tap, pascals: q * (1 - tap / this.taps), t: this.t } satisfies PressureSample);
      }
    }, periodMs);
  }

  shutdown(): void {
    clearInterval(this.ticker);
    if (!this.samples.writableEnded) this.samples.end();
  }
}

function collectSamples(stream: Readable, n: number): Promise<PressureSample[]> {
  return new Promise<PressureSample[]>((resolve, reject) => {
    const got: PressureSample[] = [];
    const cleanup = () => {
      stream.off('data', onData);
      stream.off('error', onError);
      stream.off('end', onEnd);
    };
    const onData = (s: PressureSample) => {
      got.push(s);
      if (got.length < n) return;
      cleanup();
      resolve(got);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onEnd = () => {
      cleanup();
      reject(new Error(`stream ended after ${got.length}/${n} samples`));
    };
    stream.on('data', onData);
    stream.once('error', onError);
    stream.once('end', onEnd);
  });
}

describe('TunnelRig sampling', () => {
  let rig: TunnelRig;

  beforeEach(() => {
    mock.timers.enable({ apis: ['setInterval'] });
    rig = new TunnelRig(4, 30);
  });

  afterEach(() => {
    rig.shutdown();
    mock.timers.reset();
  });

  it('emits one sample per tap each period', async () => {
    rig.start(50);
    const pending = collectSamples(rig.samples, 8);
    mock.timers.tick(100);
    const samples = await pending;
    assert.deepEqual(samples.map((s) => s.tap), [0, 1, 2, 3, 0, 1, 2, 3]);
    assert.equal(samples[7]!.t, 100);
  });

  it('reports the stagnation pressure at the first tap', async () => {
    rig.start(20);
    const pending = collectSamples(rig.samples, 1);
    mock.timers.tick(20);
    const [first] = await pending;
    assert.ok(Math.abs(first!.pascals - 551.25) < 1e-6);
  });

  it('rejects when the rig shuts down before enough samples arrive', async () => {
    rig.start(50);
    const pending = assert.rejects(collectSamples(rig.samples, 100), /ended after 4\/100/);
    mock.timers.tick(50);
    rig.shutdown();
    await pending;
  });
});
