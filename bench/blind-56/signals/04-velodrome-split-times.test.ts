// expect: none
// The failover loop rethrows abort errors (and stops once the caller's signal fired) instead of trying the next feed; the tests check exactly that.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface SplitTime {
  bib: number;
  lap: number;
  splitMs: number;
}

type FeedReader = (feedUrl: string, signal: AbortSignal) => Promise<SplitTime[]>;

function isAbortError(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

async function readSplits(feeds: readonly string[], read: FeedReader, signal: AbortSignal): Promise<SplitTime[]> {
  const failures: unknown[] = [];
  for (const feed of feeds) {
    signal.throwIfAborted();
    try {
      return await read(feed, signal);
    } catch (err) {
      if (isAbortError(err) || signal.aborted) throw err;
      failures.push(err);
    }
  }
  throw new AggregateError(failures, `no timing feed answered (${feeds.length} tried)`);
}

function slowReader(failing: Set<string>, delayMs: number): FeedReader {
  return async (feed, signal) => {
    await sleep(delayMs, undefined, { signal });
    if (failing.has(feed)) throw new Error(`${feed} returned 503`);
    return [{ bib: 12, lap: 1, splitMs: 17_842 }];
  };
}

const feeds = ['udp://trackside-a', 'udp://trackside-b', 'https://backup.velodrome.local'];

test('falls over to the next feed on an ordinary failure', async () => {
  const splits = await readSplits(feeds, slowReader(new Set(['udp://trackside-a']), 1), new AbortController().signal);
  assert.equal(splits[0].splitMs, 17_842);
});

test('reports every feed when all of them fail', async () => {
  await assert.rejects(
    readSplits(feeds, slowReader(new Set(feeds), 1), new AbortController().signal),
    (err: unknown) => err instanceof AggregateError && err.errors.length === 3,
  );
});

test('does not try other feeds after the caller aborts', async () => {
  const controller = new AbortController();
  const tried: string[] = [];
  const reader: FeedReader = async (feed, signal) => {
    tried.push(feed);
    return slowReader(new Set(), 50)(feed, signal);
  };
  const pending = readSplits(feeds, reader, controller.signal);
  controller.abort();
  await assert.rejects(pending, { name: 'AbortError' });
  assert.deepEqual(tried, ['udp://trackside-a']);
});

test('rejects straight away when given an already-aborted signal', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(readSplits(feeds, slowReader(new Set(), 1), controller.signal), { name: 'AbortError' });
});

test('gives up on a timeout signal without trying the backup feeds', async () => {
  const tried: string[] = [];
  const reader: FeedReader = (feed, signal) => {
    tried.push(feed);
    return slowReader(new Set(), 200)(feed, signal);
  };
  await assert.rejects(readSplits(feeds, reader, AbortSignal.timeout(20)), (err: unknown) => isAbortError(err));
  assert.equal(tried.length, 1);
});
