// expect: require-signal-propagation
// waitForPhase holds an AbortSignal but sleeps between polls with a timers/promises setTimeout that is not given the signal.
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void, timeoutMs?: number): void;
declare function beforeEach(fn: () => Promise<void> | void): void;
declare function afterEach(fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  toBeGreaterThanOrEqual(n: number): void;
};

type Phase = 'idle' | 'edging' | 'shaving' | 'flooding' | 'curing' | 'open';

interface RinkStatus {
  rinkId: string;
  phase: Phase;
  iceTempC: number;
  machine: 'zamboni-1' | 'zamboni-2' | null;
}

declare function createTestRink(opts: { rinkId: string; curingMs: number }): Promise<{
  requestResurface(machine: 'zamboni-1' | 'zamboni-2'): Promise<void>;
  status(): Promise<RinkStatus>;
  close(): Promise<void>;
}>;

type TestRink = Awaited<ReturnType<typeof createTestRink>>;

async function waitForPhase(rink: TestRink, phase: Phase, opts: { signal: AbortSignal; pollMs?: number }): Promise<RinkStatus> {
  const pollMs = opts.pollMs ?? 100;
  for (;;) {
    opts.signal.throwIfAborted();
    const status = await rink.status();
    if (status.phase === phase) return status;
    await sleep(pollMs);
  }
}

describe('resurfacing cycle', () => {
  let rink: TestRink;
  let ac: AbortController;

  beforeEach(async () => {
    ac = new AbortController();
    rink = await createTestRink({ rinkId: 'main-sheet', curingMs: 300 });
  });

  afterEach(async () => {
    ac.abort();
    await rink.close();
  });

  it('goes through flooding before reopening', async () => {
    await rink.requestResurface('zamboni-1');

    const flooding = await waitForPhase(rink, 'flooding', { signal: ac.signal, pollMs: 50 });
    expect(flooding.machine).toBe('zamboni-1');

    const open = await waitForPhase(rink, 'open', { signal: ac.signal, pollMs: 50 });
    expect(open.machine).toBe(null);
    expect(open.iceTempC <= -4).toBe(true);
  }, 5_000);

  it('rejects a second machine while one is on the ice', async () => {
    await rink.requestResurface('zamboni-1');
    await waitForPhase(rink, 'shaving', { signal: ac.signal });

    let rejected = false;
    try {
      await rink.requestResurface('zamboni-2');
    } catch (err) {
      rejected = err instanceof Error && /already resurfacing/.test(err.message);
    }
    expect(rejected).toBe(true);
  });

  it('reports the curing phase for at least the configured time', async () => {
    await rink.requestResurface('zamboni-2');
    await waitForPhase(rink, 'curing', { signal: ac.signal, pollMs: 20 });
    const started = Date.now();
    await waitForPhase(rink, 'open', { signal: ac.signal, pollMs: 20 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });
});
