// expect: none
// next() hands the caller's signal to events.once and the test's raceTimeout helper clears its timer in finally, so nothing outlives a test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter, once } from 'node:events';

interface QueuedSong {
  singer: string;
  trackId: string;
  keyShift: number;
}

class KaraokeQueue extends EventEmitter {
  private readonly songs: QueuedSong[] = [];

  enqueue(song: QueuedSong): void {
    if (this.songs.some((s) => s.singer === song.singer)) {
      throw new Error(`${song.singer} already has a song in the queue`);
    }
    this.songs.push(song);
    this.emit('enqueued', song);
  }

  get length(): number {
    return this.songs.length;
  }

  async next(opts: { signal?: AbortSignal } = {}): Promise<QueuedSong> {
    while (this.songs.length === 0) {
      await once(this, 'enqueued', { signal: opts.signal });
    }
    return this.songs.shift()!;
  }
}

async function raceTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms}ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('KaraokeQueue', () => {
  it('returns songs in the order they were queued', async () => {
    const q = new KaraokeQueue();
    q.enqueue({ singer: 'Priya', trackId: 'dancing-queen', keyShift: 0 });
    q.enqueue({ singer: 'Tom', trackId: 'bohemian-rhapsody', keyShift: -2 });

    assert.equal((await q.next()).singer, 'Priya');
    assert.equal((await q.next()).singer, 'Tom');
    assert.equal(q.length, 0);
  });

  it('waits for the next singer when the queue is empty', async () => {
    const q = new KaraokeQueue();
    const pending = q.next();
    setImmediate(() => q.enqueue({ singer: 'Aiko', trackId: 'take-on-me', keyShift: 1 }));

    const song = await raceTimeout(pending, 1_000);
    assert.deepEqual(song, { singer: 'Aiko', trackId: 'take-on-me', keyShift: 1 });
  });

  it('stops waiting when the host closes the room', async () => {
    const q = new KaraokeQueue();
    const room = new AbortController();
    const pending = q.next({ signal: room.signal });
    room.abort();

    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(q.listenerCount('enqueued'), 0);
  });

  it('rejects a second song from the same singer', () => {
    const q = new KaraokeQueue();
    q.enqueue({ singer: 'Marco', trackId: 'livin-on-a-prayer', keyShift: 0 });
    assert.throws(() => q.enqueue({ singer: 'Marco', trackId: 'wonderwall', keyShift: 0 }), /already has a song/);
  });
});
