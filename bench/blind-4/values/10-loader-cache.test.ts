// expect: none
// Every promise handed to expect() is asserted through .resolves/.rejects and awaited, and has() is synchronous, so each assertion checks real values and fails when the cache misbehaves.
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void> | void): void;
interface Matchers {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toThrow(message?: string | RegExp): void;
}
interface AsyncMatchers {
  toBe(expected: unknown): Promise<void>;
  toEqual(expected: unknown): Promise<void>;
  toThrow(message?: string | RegExp): Promise<void>;
}
declare function expect(actual: unknown): Matchers & { resolves: AsyncMatchers; rejects: AsyncMatchers };

export class LoaderCache<V> {
  private readonly values = new Map<string, { value: V; expiresAt: number }>();
  private readonly inflight = new Map<string, Promise<V>>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  has(key: string): boolean {
    const hit = this.values.get(key);
    return hit !== undefined && hit.expiresAt > this.now();
  }

  getOrLoad(key: string, load: (key: string) => Promise<V>): Promise<V> {
    const hit = this.values.get(key);
    if (hit && hit.expiresAt > this.now()) return Promise.resolve(hit.value);
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = load(key)
        .then((value) => {
          this.values.set(key, { value, expiresAt: this.now() + this.ttlMs });
          return value;
        })
        .finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }
}

describe('LoaderCache', () => {
  it('shares one load between concurrent callers', async () => {
    let calls = 0;
    const cache = new LoaderCache<number>(1_000);
    const load = async () => ++calls * 10;
    const [a, b] = await Promise.all([cache.getOrLoad('k', load), cache.getOrLoad('k', load)]);
    expect([a, b, calls]).toEqual([10, 10, 1]);
    expect(cache.has('k')).toBe(true);
  });

  it('does not cache failures', async () => {
    const cache = new LoaderCache<number>(1_000);
    await expect(cache.getOrLoad('k', async () => Promise.reject(new Error('upstream 503')))).rejects.toThrow('upstream 503');
    expect(cache.has('k')).toBe(false);
    await expect(cache.getOrLoad('k', async () => 42)).resolves.toBe(42);
  });

  it('reloads after the entry expires', async () => {
    let clock = 0;
    const cache = new LoaderCache<string>(500, () => clock);
    await expect(cache.getOrLoad('user:7', async () => 'v1')).resolves.toBe('v1');
    clock = 499;
    await expect(cache.getOrLoad('user:7', async () => 'v2')).resolves.toBe('v1');
    clock = 500;
    await expect(cache.getOrLoad('user:7', async () => 'v2')).resolves.toBe('v2');
  });
});
