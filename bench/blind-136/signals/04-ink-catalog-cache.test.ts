// expect: no-swallowed-abort
// InkCatalog.load falls back to the cached catalog on any error, so once a catalog is cached an aborted load quietly returns stale data instead of an AbortError.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface CatalogEntry {
  sku: string;
  name: string;
  base: 'sumi' | 'iron-gall' | 'shellac' | 'gum-arabic';
  priceCents: number;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

class InkCatalog {
  private cached: CatalogEntry[] | null = null;
  private fetchedAt = 0;

  constructor(
    private readonly fetchFn: FetchLike,
    private readonly baseUrl: string,
  ) {}

  async load(signal?: AbortSignal): Promise<CatalogEntry[]> {
    try {
      const res = await this.fetchFn(`${this.baseUrl}/catalog.json`, { signal });
      if (!res.ok) throw new Error(`catalog request failed with ${res.status}`);
      const entries = (await res.json()) as CatalogEntry[];
      this.cached = entries;
      this.fetchedAt = Date.now();
      return entries;
    } catch (err) {
      if (this.cached) return this.cached;
      throw err;
    }
  }

  ageMs(now = Date.now()): number {
    return this.fetchedAt === 0 ? Infinity : now - this.fetchedAt;
  }
}

const SAMPLE: CatalogEntry[] = [
  { sku: 'SM-30', name: 'Pine soot sumi 30ml', base: 'sumi', priceCents: 1450 },
  { sku: 'IG-50', name: 'Oak gall iron ink 50ml', base: 'iron-gall', priceCents: 2190 },
];

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('InkCatalog', () => {
  let fetchFn: ReturnType<typeof vi.fn<FetchLike>>;
  let catalog: InkCatalog;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-03-01T09:00:00Z'));
    fetchFn = vi.fn<FetchLike>();
    catalog = new InkCatalog(fetchFn, 'https://inks.example.test');
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('loads and caches the catalog', async () => {
    fetchFn.mockResolvedValueOnce(jsonResponse(SAMPLE));
    await expect(catalog.load()).resolves.toEqual(SAMPLE);
    expect(fetchFn).toHaveBeenCalledWith('https://inks.example.test/catalog.json', { signal: undefined });
    expect(catalog.ageMs()).toBe(0);
  });

  it('serves the cached catalog when the supplier is down', async () => {
    fetchFn.mockResolvedValueOnce(jsonResponse(SAMPLE));
    await catalog.load();
    vi.advanceTimersByTime(60_000);
    fetchFn.mockResolvedValueOnce(jsonResponse({ error: 'maintenance' }, 503));
    await expect(catalog.load()).resolves.toEqual(SAMPLE);
    expect(catalog.ageMs()).toBe(60_000);
  });

  it('fails when nothing is cached yet', async () => {
    fetchFn.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(catalog.load()).rejects.toThrow('fetch failed');
  });

  it('passes the signal through to fetch', async () => {
    const controller = new AbortController();
    fetchFn.mockResolvedValueOnce(jsonResponse([]));
    await catalog.load(controller.signal);
    expect(fetchFn.mock.calls[0][1]?.signal).toBe(controller.signal);
  });
});
