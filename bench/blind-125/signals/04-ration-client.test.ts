// expect: no-swallowed-abort
// fetchRations catches every error, including the AbortError raised when the caller's signal fires, and turns it into an empty ration list as if the server had nothing to report.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Ration {
  bird: string;
  food: string;
  grams: number;
}

class RationClient {
  constructor(private readonly baseUrl: string, private readonly fetchImpl: typeof fetch = fetch) {}

  async fetchRations(mews: string, signal?: AbortSignal): Promise<Ration[]> {
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/mews/${encodeURIComponent(mews)}/rations`, { signal });
      if (!res.ok) return [];
      const body = (await res.json()) as { rations?: Ration[] };
      return (body.rations ?? []).filter((r) => r.grams > 0);
    } catch {
      return [];
    }
  }
}

describe('RationClient', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  let client: RationClient;

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    client = new RationClient('https://mews.example', fetchMock);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns positive rations from the server', async () => {
    fetchMock.mockResolvedValue(
      Response.json({
        rations: [
          { bird: 'goshawk-ivy', food: 'rabbit', grams: 140 },
          { bird: 'merlin-dot', food: 'quail', grams: 0 },
        ],
      }),
    );
    await expect(client.fetchRations('north')).resolves.toEqual([{ bird: 'goshawk-ivy', food: 'rabbit', grams: 140 }]);
  });

  it('passes the signal through to fetch', async () => {
    fetchMock.mockResolvedValue(Response.json({ rations: [] }));
    const ac = new AbortController();
    await client.fetchRations('south', ac.signal);
    expect(fetchMock).toHaveBeenCalledWith('https://mews.example/mews/south/rations', { signal: ac.signal });
  });

  it('falls back to no rations when the server is down', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    await expect(client.fetchRations('north')).resolves.toEqual([]);
  });

  it('falls back to no rations on a 503', async () => {
    fetchMock.mockResolvedValue(new Response('maintenance', { status: 503 }));
    await expect(client.fetchRations('north')).resolves.toEqual([]);
  });
});
