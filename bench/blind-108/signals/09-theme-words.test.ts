// expect: no-swallowed-abort
// The retry loop catches every failure including the AbortError from a cancelled fetch, retries against the already-aborted signal and finally throws a generic "unavailable" error, so a user cancelling grid generation is reported as a word-service outage.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';

interface ThemeWord {
  word: string;
  clue: string;
  score: number;
}

class ThemeWordClient {
  private readonly cache = new Map<string, ThemeWord[]>();
  private closed = false;

  constructor(private readonly baseUrl: string, private readonly attempts = 3) {}

  async wordsFor(theme: string, minLength: number, signal: AbortSignal): Promise<ThemeWord[]> {
    if (this.closed) throw new Error('client closed');
    const key = `${theme}:${minLength}`;
    const cached = this.cache.get(key);
    if (cached) return cached;

    let lastError: unknown;
    for (let i = 0; i < this.attempts; i++) {
      try {
        const res = await fetch(`${this.baseUrl}/themes/${encodeURIComponent(theme)}?min=${minLength}`, { signal });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        const words = ((await res.json()) as ThemeWord[]).sort((a, b) => b.score - a.score);
        this.cache.set(key, words);
        return words;
      } catch (err) {
        lastError = err;
      }
    }
    throw new Error(`theme word service unavailable after ${this.attempts} attempts`, { cause: lastError });
  }

  close(): void {
    this.closed = true;
    this.cache.clear();
  }
}

const OCEAN: ThemeWord[] = [
  { word: 'CORAL', clue: 'Reef builder', score: 0.7 },
  { word: 'KELP', clue: 'Underwater forest plant', score: 0.9 },
];

describe('ThemeWordClient', () => {
  let client: ThemeWordClient;
  let controller: AbortController;

  beforeEach(() => {
    client = new ThemeWordClient('https://words.example');
    controller = new AbortController();
  });

  afterEach(() => {
    client.close();
    mock.restoreAll();
  });

  it('returns words ordered by score and caches them', async () => {
    const fetchMock = mock.method(globalThis, 'fetch', async () => Response.json(OCEAN));
    const words = await client.wordsFor('ocean', 4, controller.signal);
    assert.deepEqual(words.map((w) => w.word), ['KELP', 'CORAL']);
    await client.wordsFor('ocean', 4, controller.signal);
    assert.equal(fetchMock.mock.callCount(), 1);
  });

  it('retries a flaky word service', async () => {
    let calls = 0;
    mock.method(globalThis, 'fetch', async () => {
      calls++;
      return calls < 3 ? new Response('busy', { status: 503 }) : Response.json(OCEAN);
    });
    const words = await client.wordsFor('ocean', 4, controller.signal);
    assert.equal(words.length, 2);
    assert.equal(calls, 3);
  });

  it('gives up after three attempts', async () => {
    mock.method(globalThis, 'fetch', async () => new Response('down', { status: 502 }));
    await assert.rejects(client.wordsFor('ocean', 4, controller.signal), /unavailable after 3 attempts/);
  });
});
