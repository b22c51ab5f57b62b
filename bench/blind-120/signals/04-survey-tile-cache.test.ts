// expect: no-swallowed-abort
// The per-tile catch treats every error as a skippable tile, so an abort is recorded as a skipped tile and the loop keeps going as if nothing happened.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TileKey {
  z: number;
  x: number;
  y: number;
}

interface PrefetchReport {
  stored: Map<string, Uint8Array>;
  skipped: string[];
}

class SurveyTileCache {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async prefetch(tiles: TileKey[], signal: AbortSignal): Promise<PrefetchReport> {
    const stored = new Map<string, Uint8Array>();
    const skipped: string[] = [];
    for (const tile of tiles) {
      const key = `${tile.z}/${tile.x}/${tile.y}`;
      try {
        const res = await this.fetchImpl(`${this.baseUrl}/ortho/${key}.png`, { signal });
        if (!res.ok) {
          skipped.push(key);
          continue;
        }
        stored.set(key, new Uint8Array(await res.arrayBuffer()));
      } catch {
        // drones fly over crevasse fields with patchy uplink; a missing tile is re-requested next pass
        skipped.push(key);
      }
    }
    return { stored, skipped };
  }
}

const png = (bytes: number[]) => new Response(new Uint8Array(bytes), { status: 200, headers: { 'content-type': 'image/png' } });

describe('SurveyTileCache.prefetch', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
    fetchMock = vi.fn<typeof fetch>();
  });

  afterEach(() => {
    vi.resetAllMocks();
  });

  it('stores every tile the server returns', async () => {
    fetchMock.mockResolvedValueOnce(png([1, 2, 3])).mockResolvedValueOnce(png([4, 5]));
    const cache = new SurveyTileCache('https://tiles.example.test', fetchMock);
    const report = await cache.prefetch(
      [
        { z: 14, x: 8841, y: 5120 },
        { z: 14, x: 8842, y: 5120 },
      ],
      controller.signal,
    );
    expect([...report.stored.keys()]).toEqual(['14/8841/5120', '14/8842/5120']);
    expect(report.stored.get('14/8842/5120')).toEqual(new Uint8Array([4, 5]));
    expect(report.skipped).toEqual([]);
  });

  it('skips tiles the server does not have', async () => {
    fetchMock.mockResolvedValueOnce(new Response(null, { status: 404 })).mockResolvedValueOnce(png([9]));
    const cache = new SurveyTileCache('https://tiles.example.test', fetchMock);
    const report = await cache.prefetch(
      [
        { z: 15, x: 1, y: 1 },
        { z: 15, x: 1, y: 2 },
      ],
      controller.signal,
    );
    expect(report.skipped).toEqual(['15/1/1']);
    expect(report.stored.size).toBe(1);
  });

  it('skips tiles that fail on the network', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('fetch failed')).mockResolvedValueOnce(png([7]));
    const cache = new SurveyTileCache('https://tiles.example.test', fetchMock);
    const report = await cache.prefetch(
      [
        { z: 16, x: 3, y: 3 },
        { z: 16, x: 3, y: 4 },
      ],
      controller.signal,
    );
    expect(report.skipped).toEqual(['16/3/3']);
    expect(fetchMock).toHaveBeenCalledWith('https://tiles.example.test/ortho/16/3/4.png', { signal: controller.signal });
  });
});
