// expect: none
// loadCueSheet falls back to the cached sheet only for non-abort failures and rethrows an AbortError untouched, which the tests check by name.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface LightingCue {
  number: number;
  label: string;
  fadeSec: number;
}

type FetchLike = (url: string, init?: RequestInit) => Promise<Response>;

class CueSheetLoader {
  private cache = new Map<string, LightingCue[]>();

  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: FetchLike,
  ) {}

  async loadCueSheet(production: string, signal?: AbortSignal): Promise<LightingCue[]> {
    try {
      const res = await this.fetchImpl(`${this.baseUrl}/productions/${production}/cues`, { signal });
      if (!res.ok) throw new Error(`cue server HTTP ${res.status}`);
      const cues = (await res.json()) as LightingCue[];
      this.cache.set(production, cues);
      return cues;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      const cached = this.cache.get(production);
      if (cached) return cached;
      throw err;
    }
  }
}

const sheet: LightingCue[] = [
  { number: 1, label: 'house to half', fadeSec: 3 },
  { number: 2, label: 'Pulcinella special', fadeSec: 1.5 },
];

describe('CueSheetLoader', () => {
  let responses: Array<() => Promise<Response>>;
  let loader: CueSheetLoader;

  before(() => {
    responses = [];
    loader = new CueSheetLoader('http://cues.local', async (_url, init) => {
      init?.signal?.throwIfAborted();
      const next = responses.shift();
      if (!next) throw new TypeError('fetch failed');
      return next();
    });
  });

  after(() => {
    responses.length = 0;
  });

  test('loads and caches the cue sheet', async () => {
    responses.push(async () => Response.json(sheet));
    assert.deepEqual(await loader.loadCueSheet('don-giovanni'), sheet);
  });

  test('falls back to the cached sheet when the server is down', async () => {
    responses.push(async () => new Response('', { status: 502 }));
    assert.deepEqual(await loader.loadCueSheet('don-giovanni'), sheet);
  });

  test('fails without a cached copy', async () => {
    await assert.rejects(loader.loadCueSheet('faust'), /fetch failed/);
  });

  test('rethrows aborts instead of serving the cache', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(loader.loadCueSheet('don-giovanni', controller.signal), { name: 'AbortError' });
  });
});
