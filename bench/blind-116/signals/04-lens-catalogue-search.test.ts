// expect: none
// searchCatalogue only maps non-abort failures to a CatalogueError and rethrows an AbortError as-is, which the tests assert by checking the rejection's name.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LensListing {
  id: string;
  order: number;
  focalMm: number;
  lighthouse?: string;
}

class CatalogueError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CatalogueError';
  }
}

async function searchCatalogue(query: string, signal?: AbortSignal): Promise<LensListing[]> {
  try {
    const res = await fetch(`https://catalogue.lensworks.example/search?q=${encodeURIComponent(query)}`, { signal });
    if (!res.ok) throw new CatalogueError(`catalogue search failed with ${res.status}`);
    return (await res.json()) as LensListing[];
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    if (err instanceof CatalogueError) throw err;
    throw new CatalogueError(`catalogue unreachable for "${query}"`, { cause: err });
  }
}

describe('searchCatalogue', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns listings on success', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify([{ id: 'L-1893', order: 1, focalMm: 920, lighthouse: 'Cape Wrath' }])),
    );
    const listings = await searchCatalogue('first order');
    expect(listings).toHaveLength(1);
    expect(listings[0].lighthouse).toBe('Cape Wrath');
  });

  it('wraps network failures', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    await expect(searchCatalogue('bullseye')).rejects.toBeInstanceOf(CatalogueError);
  });

  it('lets an abort through unchanged', async () => {
    const controller = new AbortController();
    fetchMock.mockImplementation((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
      }),
    );
    const pending = searchCatalogue('catadioptric', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
