// expect: none
// Concurrent lookups are started together and then observed together (Promise.all / Promise.allSettled, with both rejected reasons asserted), so no started promise is left without a handler while another is awaited.
import { setTimeout as sleep } from 'node:timers/promises';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function expect(actual: unknown): { toBe(expected: unknown): void; toEqual(expected: unknown): void };

/** Module under test: coalesces concurrent loads of the same key. */
declare class SingleFlightCache<T> {
  constructor(loader: (key: string) => Promise<T>, opts?: { ttlMs?: number });
  get(key: string): Promise<T>;
  delete(key: string): void;
}

interface Profile {
  id: string;
  plan: 'free' | 'pro';
}

describe('SingleFlightCache', () => {
  it('shares one upstream load between concurrent callers', async () => {
    let calls = 0;
    const cache = new SingleFlightCache<Profile>(async (id) => {
      calls++;
      await sleep(20);
      return { id, plan: 'pro' };
    });

    const first = cache.get('u1');
    const second = cache.get('u1');
    const [a, b] = await Promise.all([first, second]);

    expect(calls).toBe(1);
    expect(a).toBe(b);
  });

  it('hands the same failure to every waiter and does not cache it', async () => {
    let calls = 0;
    const cache = new SingleFlightCache<Profile>(async (id) => {
      calls++;
      await sleep(5);
      if (calls === 1) throw new Error(`profile service unavailable for ${id}`);
      return { id, plan: 'free' };
    });

    const [r1, r2] = await Promise.allSettled([cache.get('u2'), cache.get('u2')]);
    expect(r1.status).toBe('rejected');
    expect(r2.status).toBe('rejected');
    expect((r1 as PromiseRejectedResult).reason).toBe((r2 as PromiseRejectedResult).reason);
    expect(String((r1 as PromiseRejectedResult).reason)).toBe('Error: profile service unavailable for u2');

    const retried = await cache.get('u2');
    expect(retried).toEqual({ id: 'u2', plan: 'free' });
    expect(calls).toBe(2);
  });
});
