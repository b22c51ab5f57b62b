// expect: none
// fetchRecording falls back to the local cache only for network failures and rethrows an AbortError unchanged, which the abort test pins down.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Recording {
  quartet: string;
  song: string;
  bytes: Uint8Array;
  source: 'archive' | 'cache';
}

interface AudioArchive {
  download(quartet: string, song: string, opts: { signal?: AbortSignal }): Promise<Uint8Array>;
}

interface RecordingCache {
  get(key: string): Uint8Array | undefined;
  set(key: string, bytes: Uint8Array): void;
}

async function fetchRecording(
  archive: AudioArchive,
  cache: RecordingCache,
  quartet: string,
  song: string,
  signal?: AbortSignal,
): Promise<Recording> {
  const key = `${quartet}/${song}`;
  try {
    const bytes = await archive.download(quartet, song, { signal });
    cache.set(key, bytes);
    return { quartet, song, bytes, source: 'archive' };
  } catch (err) {
    if (err instanceof Error && err.name === 'AbortError') throw err;
    const cached = cache.get(key);
    if (!cached) throw err;
    return { quartet, song, bytes: cached, source: 'cache' };
  }
}

function abortError(): Error {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  return err;
}

describe('fetchRecording', () => {
  const store = new Map<string, Uint8Array>();
  const cache: RecordingCache = {
    get: (k) => store.get(k),
    set: (k, v) => void store.set(k, v),
  };
  let online = true;
  const archive: AudioArchive = {
    async download(quartet, song, { signal }) {
      if (signal?.aborted) throw abortError();
      if (!online) throw new Error('ECONNRESET');
      return new TextEncoder().encode(`${quartet}:${song}`);
    },
  };

  before(() => {
    store.set('Gas House Gang/Sweet Adeline', new Uint8Array([1, 2, 3]));
  });

  after(() => {
    store.clear();
  });

  test('downloads from the archive and primes the cache', async () => {
    online = true;
    const rec = await fetchRecording(archive, cache, 'Lunar Tunes', 'Coney Island Baby');
    assert.equal(rec.source, 'archive');
    assert.ok(store.has('Lunar Tunes/Coney Island Baby'));
  });

  test('falls back to the cache when the archive is unreachable', async () => {
    online = false;
    const rec = await fetchRecording(archive, cache, 'Gas House Gang', 'Sweet Adeline');
    assert.equal(rec.source, 'cache');
    assert.deepEqual([...rec.bytes], [1, 2, 3]);
  });

  test('propagates an abort even when a cached copy exists', async () => {
    online = true;
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(
      fetchRecording(archive, cache, 'Gas House Gang', 'Sweet Adeline', controller.signal),
      { name: 'AbortError' },
    );
  });

  test('rethrows the network error when nothing is cached', async () => {
    online = false;
    await assert.rejects(fetchRecording(archive, cache, 'Vocal Spectrum', 'Mood Indigo'), /ECONNRESET/);
  });
});
