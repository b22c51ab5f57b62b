// expect: none
// waitForMove rethrows whenever the caller's signal is aborted, maps only its own flag timer's abort to a result, and clears that timer in finally.
import { once } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toMatchObject(shape: object): Promise<void> };
};

interface MoveDetail {
  gameId: string;
  san: string;
  clockMs: number;
}

type TurnOutcome = { kind: 'move'; san: string; remainingMs: number } | { kind: 'flag'; gameId: string };

class MoveFeed extends EventTarget {
  publish(detail: MoveDetail): void {
    this.dispatchEvent(new CustomEvent<MoveDetail>('move', { detail }));
  }
}

async function waitForMove(
  feed: MoveFeed,
  gameId: string,
  remainingMs: number,
  options: { signal: AbortSignal },
): Promise<TurnOutcome> {
  const clock = new AbortController();
  const flagTimer = setTimeout(() => clock.abort(), remainingMs);
  const signal = AbortSignal.any([options.signal, clock.signal]);
  try {
    for (;;) {
      const [event] = (await once(feed, 'move', { signal })) as [CustomEvent<MoveDetail>];
      if (event.detail.gameId !== gameId) continue;
      return { kind: 'move', san: event.detail.san, remainingMs: event.detail.clockMs };
    }
  } catch (err) {
    if (options.signal.aborted) throw err;
    if (clock.signal.aborted) return { kind: 'flag', gameId };
    throw err;
  } finally {
    clearTimeout(flagTimer);
  }
}

describe('tournament clock', () => {
  let feed: MoveFeed;

  beforeEach(() => {
    feed = new MoveFeed();
  });

  it('returns the move made on this board', async () => {
    const waiting = waitForMove(feed, 'R3-B7', 1_000, { signal: new AbortController().signal });
    feed.publish({ gameId: 'R3-B2', san: 'Nf3', clockMs: 540_000 });
    await nextTurn();
    feed.publish({ gameId: 'R3-B7', san: 'e4', clockMs: 598_000 });
    expect(await waiting).toEqual({ kind: 'move', san: 'e4', remainingMs: 598_000 });
  });

  it('reports a flag fall when the player runs out of time', async () => {
    const outcome = await waitForMove(feed, 'R3-B7', 20, { signal: new AbortController().signal });
    expect(outcome).toEqual({ kind: 'flag', gameId: 'R3-B7' });
  });

  it('propagates the arbiter pausing the game', async () => {
    const arbiter = new AbortController();
    const waiting = waitForMove(feed, 'R3-B7', 5_000, { signal: arbiter.signal });
    arbiter.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('ignores moves from other boards until its own arrives', async () => {
    const waiting = waitForMove(feed, 'R4-B1', 1_000, { signal: new AbortController().signal });
    for (const san of ['d4', 'c4', 'Nc3']) {
      feed.publish({ gameId: 'R4-B9', san, clockMs: 600_000 });
      await nextTurn();
    }
    feed.publish({ gameId: 'R4-B1', san: 'Qxh7#', clockMs: 12_000 });
    const outcome = await waiting;
    expect(outcome.kind).toBe('move');
  });
});
