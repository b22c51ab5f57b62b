// expect: no-swallowed-abort
// lapsFor wraps whatever fetch throws in a plain Error, so an AbortError from the caller's signal comes out renamed as a generic "lap feed unreachable" failure.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LapTime {
  jockeyId: string;
  camel: string;
  lap: number;
  seconds: number;
}

class LapTimeClient {
  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async lapsFor(raceId: string, signal: AbortSignal): Promise<LapTime[]> {
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.baseUrl}/races/${encodeURIComponent(raceId)}/laps`, { signal });
    } catch (err) {
      throw new Error(`lap feed unreachable for race ${raceId}`, { cause: err });
    }
    if (!res.ok) throw new Error(`lap feed answered ${res.status} for race ${raceId}`);
    const body = (await res.json()) as { laps: LapTime[] };
    return body.laps.sort((a, b) => a.lap - b.lap || a.seconds - b.seconds);
  }

  async fastestLap(raceId: string, signal: AbortSignal): Promise<LapTime | undefined> {
    const laps = await this.lapsFor(raceId, signal);
    return laps.reduce<LapTime | undefined>((best, l) => (!best || l.seconds < best.seconds ? l : best), undefined);
  }
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('LapTimeClient', () => {
  const fetchMock = vi.fn<typeof fetch>();
  let client: LapTimeClient;
  let controller: AbortController;

  beforeEach(() => {
    controller = new AbortController();
    client = new LapTimeClient('https://timing.example', fetchMock);
  });

  afterEach(() => {
    fetchMock.mockReset();
  });

  it('returns laps ordered by lap number', async () => {
    fetchMock.mockResolvedValue(
      json({
        laps: [
          { jockeyId: 'rj-2', camel: 'Sahm', lap: 2, seconds: 61.2 },
          { jockeyId: 'rj-1', camel: 'Wadha', lap: 1, seconds: 63.9 },
        ],
      }),
    );

    const laps = await client.lapsFor('dubai-0412', controller.signal);

    expect(laps.map((l) => l.lap)).toEqual([1, 2]);
    expect(fetchMock).toHaveBeenCalledWith('https://timing.example/races/dubai-0412/laps', {
      signal: controller.signal,
    });
  });

  it('finds the fastest lap', async () => {
    fetchMock.mockResolvedValue(
      json({
        laps: [
          { jockeyId: 'rj-2', camel: 'Sahm', lap: 1, seconds: 59.4 },
          { jockeyId: 'rj-1', camel: 'Wadha', lap: 1, seconds: 60.1 },
        ],
      }),
    );

    await expect(client.fastestLap('al-marmoom-7', controller.signal)).resolves.toMatchObject({ camel: 'Sahm' });
  });

  it('reports network failures with the race id', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));

    await expect(client.lapsFor('dubai-0413', controller.signal)).rejects.toThrow(
      'lap feed unreachable for race dubai-0413',
    );
  });

  it('reports non-2xx answers', async () => {
    fetchMock.mockResolvedValue(json({ error: 'race not found' }, 404));

    await expect(client.lapsFor('nope', controller.signal)).rejects.toThrow('answered 404');
  });
});
