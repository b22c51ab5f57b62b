// expect: no-swallowed-abort
// loadAct wraps every failure, including an AbortError from the caller's signal, in a plain Error, so cancellation loses its name and looks like a feed outage.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SurtitleLine {
  cue: number;
  text: string;
  durationMs: number;
}

class SurtitleFeed {
  constructor(
    private readonly fetchImpl: typeof fetch,
    private readonly baseUrl: string,
  ) {}

  async loadAct(production: string, act: number, lang: string, signal: AbortSignal): Promise<SurtitleLine[]> {
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/productions/${production}/acts/${act}/${lang}.json`, {
        signal,
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const lines = (await res.json()) as SurtitleLine[];
      return lines.sort((a, b) => a.cue - b.cue);
    } catch (err) {
      throw new Error(`surtitle feed unavailable for ${production} act ${act}: ${(err as Error).message}`);
    }
  }
}

describe('SurtitleFeed', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  let feed: SurtitleFeed;

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    feed = new SurtitleFeed(fetchMock, 'https://surtitles.example');
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns the lines of an act ordered by cue', async () => {
    fetchMock.mockResolvedValue(
      Response.json([
        { cue: 2, text: 'Che gelida manina', durationMs: 4000 },
        { cue: 1, text: 'Chi son? Sono un poeta.', durationMs: 3000 },
      ]),
    );
    const lines = await feed.loadAct('boheme', 1, 'it', new AbortController().signal);
    expect(lines.map((l) => l.cue)).toEqual([1, 2]);
    expect(fetchMock).toHaveBeenCalledWith(
      'https://surtitles.example/productions/boheme/acts/1/it.json',
      expect.objectContaining({ signal: expect.any(AbortSignal) }),
    );
  });

  it('reports a server error as a feed outage', async () => {
    fetchMock.mockResolvedValue(new Response('oops', { status: 503 }));
    await expect(feed.loadAct('tosca', 2, 'en', new AbortController().signal)).rejects.toThrow(
      /unavailable for tosca act 2: HTTP 503/,
    );
  });

  it('stops loading when the performance moves on', async () => {
    fetchMock.mockImplementation(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
        }),
    );
    const ac = new AbortController();
    const outcome = expect(feed.loadAct('turandot', 3, 'de', ac.signal)).rejects.toThrow(/surtitle feed unavailable/);
    ac.abort();
    await outcome;
  });
});
