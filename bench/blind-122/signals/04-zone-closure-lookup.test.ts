// expect: none
// The fallback to cached closures applies only to ordinary failures; an AbortError is detected by name and rethrown unchanged.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ZoneClosure {
  zone: string;
  reason: 'nesting' | 'regrowth' | 'logging';
  until: string;
}

class ZoneClosureLookup {
  private cache = new Map<string, ZoneClosure[]>();

  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async closuresFor(forest: string, signal: AbortSignal): Promise<{ closures: ZoneClosure[]; stale: boolean }> {
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/forests/${forest}/closures`, { signal });
      if (!res.ok) throw new Error(`closures service answered ${res.status}`);
      const closures = (await res.json()) as ZoneClosure[];
      this.cache.set(forest, closures);
      return { closures, stale: false };
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') {
        throw err;
      }
      const cached = this.cache.get(forest);
      if (!cached) throw err;
      return { closures: cached, stale: true };
    }
  }
}

const closure: ZoneClosure = { zone: 'birch-flats', reason: 'nesting', until: '2025-07-01' };

describe('ZoneClosureLookup', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  let lookup: ZoneClosureLookup;

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    lookup = new ZoneClosureLookup('https://permits.example', fetchMock);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns fresh closures from the service', async () => {
    fetchMock.mockResolvedValueOnce(Response.json([closure]));
    const result = await lookup.closuresFor('kettle-moraine', new AbortController().signal);
    expect(result).toEqual({ closures: [closure], stale: false });
  });

  it('falls back to the cached list when the service is down', async () => {
    fetchMock.mockResolvedValueOnce(Response.json([closure]));
    await lookup.closuresFor('kettle-moraine', new AbortController().signal);

    fetchMock.mockResolvedValueOnce(new Response('bad gateway', { status: 502 }));
    const result = await lookup.closuresFor('kettle-moraine', new AbortController().signal);
    expect(result.stale).toBe(true);
    expect(result.closures).toEqual([closure]);
  });

  it('does not mask cancellation with stale data', async () => {
    fetchMock.mockResolvedValueOnce(Response.json([closure]));
    await lookup.closuresFor('kettle-moraine', new AbortController().signal);

    const controller = new AbortController();
    fetchMock.mockImplementationOnce(async (_url, init) => {
      init?.signal?.throwIfAborted();
      return Response.json([]);
    });
    controller.abort();
    await expect(lookup.closuresFor('kettle-moraine', controller.signal)).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('propagates errors when nothing is cached', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(lookup.closuresFor('chequamegon', new AbortController().signal)).rejects.toThrow('fetch failed');
  });
});
