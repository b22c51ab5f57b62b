// expect: none
// waitForRollout passes the signal to both the status call and the poll sleep, so aborting during a 60 s wait rejects at once with AbortError, which the test asserts.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;

type RolloutState = 'pending' | 'progressing' | 'complete' | 'failed';

interface RolloutStatus {
  state: RolloutState;
  ready: number;
  desired: number;
}

interface RolloutClient {
  getStatus(name: string, opts: { signal?: AbortSignal }): Promise<RolloutStatus>;
}

export async function waitForRollout(
  client: RolloutClient,
  name: string,
  opts: { intervalMs: number; signal: AbortSignal },
): Promise<number> {
  for (let polls = 1; ; polls++) {
    const status = await client.getStatus(name, { signal: opts.signal });
    if (status.state === 'complete') return polls;
    if (status.state === 'failed') throw new Error(`rollout ${name} failed at ${status.ready}/${status.desired}`);
    await sleep(opts.intervalMs, undefined, { signal: opts.signal });
  }
}

function scriptedClient(states: RolloutState[]): RolloutClient & { readonly calls: number } {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    async getStatus(_name, { signal }) {
      signal?.throwIfAborted();
      const state = states[Math.min(calls, states.length - 1)];
      calls++;
      return { state, ready: calls, desired: 3 };
    },
  };
}

describe('waitForRollout', () => {
  it('returns the number of polls once the rollout completes', async () => {
    const client = scriptedClient(['pending', 'progressing', 'complete']);
    const polls = await waitForRollout(client, 'api', { intervalMs: 1, signal: new AbortController().signal });
    assert.equal(polls, 3);
  });

  it('surfaces a failed rollout as an error', async () => {
    const client = scriptedClient(['progressing', 'failed']);
    await assert.rejects(waitForRollout(client, 'api', { intervalMs: 1, signal: new AbortController().signal }), /failed at 2\/3/);
  });

  it('stops polling as soon as the signal aborts during the wait', async () => {
    const client = scriptedClient(['progressing']);
    const ac = new AbortController();
    const started = Date.now();
    setTimeout(() => ac.abort(), 20);
    await assert.rejects(waitForRollout(client, 'api', { intervalMs: 60_000, signal: ac.signal }), { name: 'AbortError' });
    assert.ok(Date.now() - started < 5_000);
    assert.equal(client.calls, 1);
  });
});
