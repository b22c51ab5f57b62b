// expect: none
// steamBrim() forwards its signal to each timed burst and to events.once, and the tests only inspect the AbortError via expect(...).rejects, never swallow it.
import { EventEmitter, once } from 'node:events';
import { setTimeout as burst } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void>; toMatchObject(shape: object): Promise<void> };
};

interface BrimJob {
  blockSize: number;
  bursts: number;
  burstMs: number;
}

class SteamValve extends EventEmitter {
  opened = 0;
  closed = 0;

  open(): void {
    this.opened++;
    setImmediate(() => this.emit('open'));
  }

  close(): void {
    this.closed++;
  }
}

async function steamBrim(valve: SteamValve, job: BrimJob, { signal }: { signal: AbortSignal }): Promise<number> {
  let delivered = 0;
  for (let i = 0; i < job.bursts; i++) {
    signal.throwIfAborted();
    valve.open();
    try {
      await once(valve, 'open', { signal });
      await burst(job.burstMs, undefined, { signal });
      delivered += job.burstMs;
    } finally {
      valve.close();
    }
  }
  return delivered;
}

describe('steamBrim', () => {
  let valve: SteamValve;

  beforeEach(() => {
    valve = new SteamValve();
  });

  it('delivers every burst when left alone', async () => {
    const ms = await steamBrim(valve, { blockSize: 57, bursts: 3, burstMs: 5 }, { signal: new AbortController().signal });
    expect(ms).toBe(15);
    expect([valve.opened, valve.closed]).toEqual([3, 3]);
  });

  it('stops mid-burst and still closes the valve', async () => {
    const controller = new AbortController();
    const job = steamBrim(valve, { blockSize: 58, bursts: 10, burstMs: 20 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(job).rejects.toMatchObject({ name: 'AbortError' });
    expect(valve.opened).toBe(valve.closed);
  });

  it('refuses to start with an already-aborted signal', async () => {
    const controller = new AbortController();
    controller.abort(new Error('boiler low on water'));
    await expect(steamBrim(valve, { blockSize: 56, bursts: 2, burstMs: 5 }, { signal: controller.signal })).rejects.toThrow(
      'boiler low on water',
    );
    expect(valve.opened).toBe(0);
  });

  it('gives up when the per-hat time budget expires', async () => {
    const job = steamBrim(valve, { blockSize: 59, bursts: 50, burstMs: 10 }, { signal: AbortSignal.timeout(35) });
    await expect(job).rejects.toThrow();
    expect(valve.opened).toBe(valve.closed);
  });
});
