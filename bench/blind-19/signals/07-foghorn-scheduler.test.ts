// expect: require-signal-propagation
// Bug: waitForState holds opts.signal but sleeps between polls on a bare setTimeout promise, so an abort waits out the full poll interval.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeout?: number) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
};
declare const afterEach: (fn: () => void | Promise<void>) => void;

type HornState = 'idle' | 'charging' | 'sounding' | 'fault';

class FakeFoghorn extends EventEmitter {
  state: HornState = 'idle';
  blasts = 0;
  private timers: NodeJS.Timeout[] = [];

  startFogSignal(pattern: { blastMs: number; silenceMs: number }): void {
    this.state = 'charging';
    this.timers.push(
      setTimeout(() => {
        this.state = 'sounding';
        this.emit('state', this.state);
        this.timers.push(
          setInterval(() => {
            this.blasts += 1;
            this.emit('blast', this.blasts);
          }, pattern.blastMs + pattern.silenceMs),
        );
      }, 120),
    );
  }

  async readState(opts: { signal?: AbortSignal }): Promise<HornState> {
    opts.signal?.throwIfAborted();
    return this.state;
  }

  shutdown(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers = [];
    this.state = 'idle';
  }
}

interface WaitOptions {
  signal: AbortSignal;
  pollMs?: number;
}

async function waitForState(horn: FakeFoghorn, wanted: HornState, opts: WaitOptions): Promise<number> {
  const pollMs = opts.pollMs ?? 50;
  let polls = 0;
  for (;;) {
    const state = await horn.readState({ signal: opts.signal });
    polls += 1;
    if (state === wanted) return polls;
    await new Promise<void>((resolve) => setTimeout(resolve, pollMs));
  }
}

describe('foghorn fog-signal scheduling', () => {
  const horns: FakeFoghorn[] = [];

  afterEach(() => {
    horns.splice(0).forEach((h) => h.shutdown());
  });

  it('charges before sounding', async () => {
    const horn = new FakeFoghorn();
    horns.push(horn);
    horn.startFogSignal({ blastMs: 20, silenceMs: 30 });
    expect(horn.state).toBe('charging');

    const polls = await waitForState(horn, 'sounding', { signal: AbortSignal.timeout(2_000) });
    expect(polls).toBeGreaterThanOrEqual(2);
  });

  it('counts blasts once sounding', async () => {
    const horn = new FakeFoghorn();
    horns.push(horn);
    const seen: number[] = [];
    horn.on('blast', (n: number) => seen.push(n));
    horn.startFogSignal({ blastMs: 10, silenceMs: 15 });

    await waitForState(horn, 'sounding', { signal: AbortSignal.timeout(2_000), pollMs: 10 });
    await new Promise((r) => setTimeout(r, 90));
    horn.shutdown();

    expect(seen.slice(0, 3)).toEqual([1, 2, 3]);
  });
});
