// expect: no-swallowed-abort
// CaveZoneClient.getZoneLevels catches every fetch failure, including an AbortError from the caller's signal, and returns the default levels as if the request had succeeded.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface ZoneLevel {
  zone: string;
  percent: number;
}

const SAFE_DEFAULTS: ZoneLevel[] = [
  { zone: 'entrance', percent: 60 },
  { zone: 'cathedral-room', percent: 35 },
  { zone: 'crawlway', percent: 80 },
];

class CaveZoneClient {
  constructor(
    private readonly baseUrl: string,
    private readonly warn: (msg: string) => void = () => {},
  ) {}

  async getZoneLevels(tourId: string, signal?: AbortSignal): Promise<ZoneLevel[]> {
    try {
      const res = await fetch(`${this.baseUrl}/tours/${tourId}/zones`, { signal });
      if (!res.ok) throw new Error(`zone service ${res.status}`);
      const body = (await res.json()) as { levels: ZoneLevel[] };
      return body.levels;
    } catch (err) {
      this.warn(`using default lighting for tour ${tourId}: ${(err as Error).message}`);
      return SAFE_DEFAULTS;
    }
  }
}

describe('CaveZoneClient', () => {
  let fetchMock: ReturnType<typeof vi.fn>;
  let warnings: string[];

  beforeEach(() => {
    warnings = [];
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns the levels from the zone service', async () => {
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify({ levels: [{ zone: 'entrance', percent: 45 }] }), { status: 200 }),
    );
    const client = new CaveZoneClient('http://lights.local', (m) => warnings.push(m));
    await expect(client.getZoneLevels('T-9')).resolves.toEqual([{ zone: 'entrance', percent: 45 }]);
    expect(fetchMock).toHaveBeenCalledWith('http://lights.local/tours/T-9/zones', { signal: undefined });
  });

  it('falls back to safe defaults when the service is down', async () => {
    fetchMock.mockResolvedValue(new Response('bad gateway', { status: 502 }));
    const client = new CaveZoneClient('http://lights.local', (m) => warnings.push(m));
    const levels = await client.getZoneLevels('T-10');
    expect(levels).toBe(SAFE_DEFAULTS);
    expect(warnings[0]).toContain('zone service 502');
  });

  it('falls back when the network drops', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    const client = new CaveZoneClient('http://lights.local', (m) => warnings.push(m));
    await expect(client.getZoneLevels('T-11')).resolves.toHaveLength(3);
  });

  it('passes the signal through to fetch', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ levels: [] }), { status: 200 }));
    const controller = new AbortController();
    const client = new CaveZoneClient('http://lights.local');
    await client.getZoneLevels('T-12', controller.signal);
    expect(fetchMock.mock.calls[0][1]).toEqual({ signal: controller.signal });
  });
});
