// expect: none
// StatsClient wraps network failures in StatsError but rethrows first when its signal is aborted; the fake fetch honours init.signal, and the tests expect the abort reason to come through.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface PlayerStats {
  playerId: string;
  goals: number;
  assists: number;
  groundBalls: number;
  causedTurnovers: number;
}

class StatsError extends Error {
  constructor(message: string, readonly cause?: unknown) {
    super(message);
    this.name = 'StatsError';
  }
}

class StatsClient {
  constructor(
    private readonly base: string,
    private readonly fetchImpl: typeof fetch,
  ) {}

  async season(playerId: string, opts: { signal?: AbortSignal } = {}): Promise<PlayerStats> {
    try {
      const res = await this.fetchImpl(`${this.base}/players/${playerId}/season`, { signal: opts.signal });
      if (!res.ok) throw new StatsError(`stats service answered ${res.status}`);
      return (await res.json()) as PlayerStats;
    } catch (err) {
      if (opts.signal?.aborted) throw err;
      if (err instanceof StatsError) throw err;
      throw new StatsError('stats service unreachable', err);
    }
  }
}

function slowFetch(body: unknown, ms: number): typeof fetch {
  return vi.fn((_url: string | URL | Request, init?: RequestInit) => {
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(new Response(JSON.stringify(body), { status: 200 })), ms);
      init?.signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(init.signal!.reason);
        },
        { once: true },
      );
    });
  }) as unknown as typeof fetch;
}

describe('StatsClient', () => {
  const stats: PlayerStats = { playerId: 'p23', goals: 31, assists: 12, groundBalls: 44, causedTurnovers: 9 };

  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('returns season stats', async () => {
    const client = new StatsClient('https://stats.club.test', slowFetch(stats, 200));
    const pending = client.season('p23');
    await vi.advanceTimersByTimeAsync(200);
    await expect(pending).resolves.toEqual(stats);
  });

  it('passes the abort reason through untouched', async () => {
    const client = new StatsClient('https://stats.club.test', slowFetch(stats, 5_000));
    const controller = new AbortController();
    const pending = client.season('p23', { signal: controller.signal });
    const assertion = expect(pending).rejects.toThrow(/aborted/);
    controller.abort();
    await assertion;
  });

  it('wraps connection failures', async () => {
    const failing = vi.fn(async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    const client = new StatsClient('https://stats.club.test', failing);
    await expect(client.season('p23')).rejects.toBeInstanceOf(StatsError);
  });

  it('reports non-2xx answers', async () => {
    const notFound = vi.fn(async () => new Response('{}', { status: 404 })) as unknown as typeof fetch;
    const client = new StatsClient('https://stats.club.test', notFound);
    await expect(client.season('nobody')).rejects.toThrow('answered 404');
  });
});
