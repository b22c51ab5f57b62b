// expect: none
// fetchScore forwards the caller's signal to fetch and to the retry delay, and lets the AbortError propagate instead of retrying it.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';

interface CarillonScore {
  id: string;
  title: string;
  range: { lowest: string; highest: string };
  pages: number;
}

class ScoreLibrary {
  constructor(
    private readonly baseUrl: string,
    private readonly retries = 2,
    private readonly retryDelayMs = 200,
  ) {}

  async fetchScore(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<CarillonScore> {
    for (let attempt = 0; ; attempt++) {
      try {
        const res = await fetch(`${this.baseUrl}/scores/${encodeURIComponent(id)}`, { signal });
        if (res.status === 404) throw new Error(`score ${id} not found`);
        if (!res.ok) throw new Error(`library returned ${res.status}`);
        return (await res.json()) as CarillonScore;
      } catch (err) {
        if (signal?.aborted) throw err;
        if (attempt >= this.retries || (err as Error).message.includes('not found')) throw err;
        await sleep(this.retryDelayMs, undefined, { signal });
      }
    }
  }
}

const score: CarillonScore = { id: 'psalm-42', title: 'Psalm 42 variations', range: { lowest: 'C2', highest: 'C7' }, pages: 6 };

describe('ScoreLibrary', () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('returns the parsed score', async () => {
    fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(score), { status: 200 }));
    const library = new ScoreLibrary('https://scores.example.org');
    await expect(library.fetchScore('psalm-42')).resolves.toEqual(score);
  });

  it('retries server errors and then succeeds', async () => {
    fetchMock
      .mockResolvedValueOnce(new Response('busy', { status: 503 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(score), { status: 200 }));
    const library = new ScoreLibrary('https://scores.example.org', 2, 1);
    await expect(library.fetchScore('psalm-42')).resolves.toMatchObject({ pages: 6 });
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('passes the signal to fetch and does not retry an abort', async () => {
    const controller = new AbortController();
    fetchMock.mockImplementation((_url: string, init: RequestInit) => {
      return new Promise((_, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
      });
    });
    const library = new ScoreLibrary('https://scores.example.org', 3, 1);
    const pending = library.fetchScore('psalm-42', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('does not retry a missing score', async () => {
    fetchMock.mockResolvedValue(new Response('', { status: 404 }));
    const library = new ScoreLibrary('https://scores.example.org', 3, 1);
    await expect(library.fetchScore('nope')).rejects.toThrow('score nope not found');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
