// expect: none
// Correct: the helper's executor is synchronous and settles once: the 'match' and 'error' listeners remove each other and the timeout is cleared on every path.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface Profile {
  userId: string;
  age: number;
  interests: string[];
  city: string;
}

interface MatchEvent {
  a: string;
  b: string;
  score: number;
}

declare function createMatchQueue(opts: { minScore: number }): EventEmitter & {
  enqueue(p: Profile): void;
  close(): Promise<void>;
};

let queue: ReturnType<typeof createMatchQueue>;

function nextMatch(q: EventEmitter, timeoutMs = 1_000): Promise<MatchEvent> {
  return new Promise<MatchEvent>((resolve, reject) => {
    const onMatch = (m: MatchEvent) => {
      cleanup();
      resolve(m);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no match within ${timeoutMs}ms`));
    }, timeoutMs);
    const cleanup = () => {
      clearTimeout(timer);
      q.off('match', onMatch);
      q.off('error', onError);
    };
    q.once('match', onMatch);
    q.once('error', onError);
  });
}

beforeEach(() => {
  queue = createMatchQueue({ minScore: 0.6 });
});

afterEach(async () => {
  await queue.close();
});

test('pairs two users with overlapping interests in the same city', async () => {
  const pending = nextMatch(queue);
  queue.enqueue({ userId: 'u1', age: 29, interests: ['climbing', 'jazz', 'ramen'], city: 'Leeds' });
  queue.enqueue({ userId: 'u2', age: 31, interests: ['jazz', 'ramen', 'film'], city: 'Leeds' });
  const match = await pending;
  assert.deepEqual([match.a, match.b].sort(), ['u1', 'u2']);
  assert.ok(match.score >= 0.6);
});

test('does not pair users in different cities', async () => {
  const pending = nextMatch(queue, 300);
  queue.enqueue({ userId: 'u3', age: 40, interests: ['sailing'], city: 'Bristol' });
  queue.enqueue({ userId: 'u4', age: 38, interests: ['sailing'], city: 'York' });
  await assert.rejects(pending, /no match within 300ms/);
});

test('surfaces scoring errors to listeners', async () => {
  const pending = nextMatch(queue);
  queue.enqueue({ userId: 'u5', age: -1, interests: [], city: 'Leeds' });
  queue.enqueue({ userId: 'u6', age: 25, interests: [], city: 'Leeds' });
  await assert.rejects(pending);
});
