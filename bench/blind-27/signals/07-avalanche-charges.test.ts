// expect: require-signal-propagation
// waitForDetonation holds options.signal but sleeps between polls with an uncancellable timers/promises setTimeout, so an abort waits out the whole interval.
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
declare function expect<T>(actual: T): {
  toBe(expected: T): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

type ChargeState = 'armed' | 'fired' | 'detonated' | 'dud';

interface ChargeStatus {
  chargeId: string;
  state: ChargeState;
  seismicPeak?: number;
}

interface GazexClient {
  getStatus(chargeId: string, opts: { signal?: AbortSignal }): Promise<ChargeStatus>;
}

interface WaitOptions {
  signal?: AbortSignal;
  intervalMs?: number;
  maxPolls?: number;
}

async function waitForDetonation(
  client: GazexClient,
  chargeId: string,
  options: WaitOptions = {},
): Promise<ChargeStatus> {
  const { signal, intervalMs = 500, maxPolls = 40 } = options;
  for (let poll = 0; poll < maxPolls; poll++) {
    signal?.throwIfAborted();
    const status = await client.getStatus(chargeId, { signal });
    if (status.state === 'detonated' || status.state === 'dud') return status;
    await sleep(intervalMs);
  }
  throw new Error(`charge ${chargeId} still not confirmed after ${maxPolls} polls`);
}

function scriptedClient(states: ChargeState[]): GazexClient & { calls: number } {
  const client = {
    calls: 0,
    async getStatus(chargeId: string, opts: { signal?: AbortSignal }): Promise<ChargeStatus> {
      opts.signal?.throwIfAborted();
      const state = states[Math.min(client.calls, states.length - 1)];
      client.calls++;
      return { chargeId, state, seismicPeak: state === 'detonated' ? 2.4 : undefined };
    },
  };
  return client;
}

describe('waitForDetonation', () => {
  it('returns once the charge reports detonation', async () => {
    const client = scriptedClient(['armed', 'fired', 'detonated']);
    const status = await waitForDetonation(client, 'GZX-07', { intervalMs: 5 });
    expect(status.state).toBe('detonated');
    expect(client.calls).toBe(3);
  });

  it('reports a dud without further polling', async () => {
    const client = scriptedClient(['fired', 'dud', 'detonated']);
    const status = await waitForDetonation(client, 'GZX-11', { intervalMs: 5 });
    expect(status).toEqual({ chargeId: 'GZX-11', state: 'dud', seismicPeak: undefined });
  });

  it('gives up after the poll budget', async () => {
    const client = scriptedClient(['armed']);
    await expect(waitForDetonation(client, 'GZX-02', { intervalMs: 1, maxPolls: 3 })).rejects.toThrow(
      /still not confirmed/,
    );
  });

  it('stops when the control room cancels the sequence', async () => {
    const controller = new AbortController();
    const client = scriptedClient(['armed']);
    setTimeout(() => controller.abort(new Error('sequence cancelled')), 20);
    await expect(
      waitForDetonation(client, 'GZX-09', { intervalMs: 10, signal: controller.signal }),
    ).rejects.toThrow(/sequence cancelled/);
  });
});
