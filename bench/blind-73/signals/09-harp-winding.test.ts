// expect: no-leaked-race
// The within() helper races the work against delay(ms) with no way to cancel it, so every passing test leaves a multi-second timer running after the race is won.
import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const afterEach: (fn: () => void | Promise<void>) => void;
declare const expect: <T>(actual: T) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type Core = 'steel' | 'silk' | 'nylon';

interface WindingJob {
  note: string;
  core: Core;
  wrapTurns: number;
  wrapGaugeMm: number;
}

class StringWindingLathe extends EventEmitter {
  private turns = 0;
  private timer: NodeJS.Timeout | null = null;

  start(job: WindingJob, turnsPerTick = 50): void {
    if (job.wrapGaugeMm <= 0) {
      setImmediate(() => this.emit('error', new Error(`invalid wrap gauge for ${job.note}`)));
      return;
    }
    this.turns = 0;
    this.timer = setInterval(() => {
      this.turns = Math.min(job.wrapTurns, this.turns + turnsPerTick);
      this.emit('progress', this.turns);
      if (this.turns >= job.wrapTurns) {
        this.stop();
        this.emit('done', { note: job.note, turns: this.turns, lengthMm: this.turns * job.wrapGaugeMm });
      }
    }, 1);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}

function whenDone(lathe: StringWindingLathe): Promise<{ note: string; turns: number; lengthMm: number }> {
  return new Promise((resolve, reject) => {
    const onDone = (result: { note: string; turns: number; lengthMm: number }): void => {
      lathe.off('error', onError);
      resolve(result);
    };
    const onError = (err: Error): void => {
      lathe.off('done', onDone);
      reject(err);
    };
    lathe.once('done', onDone);
    lathe.once('error', onError);
  });
}

function within<T>(ms: number, work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    delay(ms).then((): never => {
      throw new Error(`winding did not finish within ${ms}ms`);
    }),
  ]);
}

describe('harp string winding lathe', () => {
  let lathe: StringWindingLathe;

  beforeEach(() => {
    lathe = new StringWindingLathe();
  });

  afterEach(() => {
    lathe.stop();
    lathe.removeAllListeners();
  });

  it('winds a bass string to the requested turns', async () => {
    const done = whenDone(lathe);
    lathe.start({ note: 'C1', core: 'steel', wrapTurns: 400, wrapGaugeMm: 0.9 });
    const result = await within(5_000, done);
    expect(result.turns).toBe(400);
    expect(result.lengthMm).toBeCloseTo(360, 5);
  });

  it('reports progress monotonically', async () => {
    const seen: number[] = [];
    lathe.on('progress', (t: number) => seen.push(t));
    const done = whenDone(lathe);
    lathe.start({ note: 'G2', core: 'silk', wrapTurns: 120, wrapGaugeMm: 0.5 }, 40);
    await within(5_000, done);
    expect(seen).toEqual([40, 80, 120]);
  });

  it('fails fast on an invalid wrap gauge', async () => {
    const done = whenDone(lathe);
    lathe.start({ note: 'E3', core: 'nylon', wrapTurns: 80, wrapGaugeMm: 0 });
    await expect(within(5_000, done)).rejects.toThrow(/invalid wrap gauge/);
  });
});
