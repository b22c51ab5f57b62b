// expect: no-swallowed-abort
// StringCatalog.load catches every error, including the AbortError raised when its signal fires, and turns it into the cached (or empty) catalogue as if the load had succeeded.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface StringSpec {
  sku: string;
  octave: number;
  note: string;
  material: 'gut' | 'nylon' | 'wire';
  gaugeMm: number;
}

class StringCatalog {
  private cached: StringSpec[] | null = null;
  lastError: Error | null = null;

  constructor(private base: string, private fetchImpl: typeof fetch = fetch) {}

  async load(signal?: AbortSignal): Promise<StringSpec[]> {
    try {
      const res = await this.fetchImpl(`${this.base}/catalog/strings`, { signal });
      if (!res.ok) throw new Error(`catalog HTTP ${res.status}`);
      const specs = (await res.json()) as StringSpec[];
      this.cached = specs;
      this.lastError = null;
      return specs;
    } catch (err) {
      this.lastError = err as Error;
      return this.cached ?? [];
    }
  }

  async forOctave(octave: number, signal?: AbortSignal): Promise<StringSpec[]> {
    const all = await this.load(signal);
    return all.filter((s) => s.octave === octave).sort((a, b) => b.gaugeMm - a.gaugeMm);
  }
}

const SPECS: StringSpec[] = [
  { sku: 'G-4C', octave: 4, note: 'C', material: 'gut', gaugeMm: 1.02 },
  { sku: 'G-4D', octave: 4, note: 'D', material: 'gut', gaugeMm: 0.97 },
  { sku: 'W-6C', octave: 6, note: 'C', material: 'wire', gaugeMm: 1.9 },
];

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('StringCatalog', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  let catalog: StringCatalog;

  beforeEach(() => {
    fetchMock = vi.fn();
    catalog = new StringCatalog('https://workshop.example', fetchMock as unknown as typeof fetch);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loads the catalogue from the workshop API', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(SPECS));
    await expect(catalog.load()).resolves.toHaveLength(3);
    expect(fetchMock).toHaveBeenCalledWith('https://workshop.example/catalog/strings', { signal: undefined });
  });

  it('falls back to the cached catalogue when the API errors', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(SPECS)).mockResolvedValueOnce(jsonResponse({}, 503));
    await catalog.load();
    const second = await catalog.load();
    expect(second.map((s) => s.sku)).toEqual(['G-4C', 'G-4D', 'W-6C']);
    expect(catalog.lastError?.message).toBe('catalog HTTP 503');
  });

  it('returns an empty list when nothing was ever loaded', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed'));
    await expect(catalog.load()).resolves.toEqual([]);
  });

  it('filters by octave, thickest first', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(SPECS));
    const fourth = await catalog.forOctave(4);
    expect(fourth.map((s) => s.note)).toEqual(['C', 'D']);
  });
});
