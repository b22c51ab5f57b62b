// expect: none
// Correct: nextUpdate settles exactly once on update, error or abort, and removes all three listeners on whichever fires first.
import { EventEmitter } from 'node:events';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  rejects: { toThrow(match?: string | RegExp): Promise<void> };
};

interface QueueUpdate {
  ride: string;
  waitMinutes: number;
  status: 'open' | 'closed' | 'delayed';
}

class QueueBoard extends EventEmitter {
  push(update: QueueUpdate): void {
    this.emit('update', update);
  }
  fail(err: Error): void {
    this.emit('error', err);
  }
}

function nextUpdate(board: QueueBoard, ride: string, signal: AbortSignal): Promise<QueueUpdate> {
  return new Promise<QueueUpdate>((resolve, reject) => {
    if (signal.aborted) {
      reject(new Error('aborted before waiting'));
      return;
    }
    const onUpdate = (u: QueueUpdate) => {
      if (u.ride !== ride) return;
      cleanup();
      resolve(u);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onAbort = () => {
      cleanup();
      reject(new Error(`stopped waiting for ${ride}`));
    };
    const cleanup = () => {
      board.off('update', onUpdate);
      board.off('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    board.on('update', onUpdate);
    board.on('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

describe('queue board subscriptions', () => {
  it('ignores other rides and resolves for the one requested', async () => {
    const board = new QueueBoard();
    const ac = new AbortController();
    const pending = nextUpdate(board, 'Log Flume', ac.signal);
    board.push({ ride: 'Carousel', waitMinutes: 5, status: 'open' });
    board.push({ ride: 'Log Flume', waitMinutes: 45, status: 'delayed' });
    const update = await pending;
    expect(update.waitMinutes).toBe(45);
    expect(board.listenerCount('update')).toBe(0);
  });

  it('rejects when the feed errors', async () => {
    const board = new QueueBoard();
    const ac = new AbortController();
    const pending = nextUpdate(board, 'Log Flume', ac.signal);
    board.fail(new Error('feed socket reset'));
    await expect(pending).rejects.toThrow('feed socket reset');
    expect(board.listenerCount('error')).toBe(0);
  });

  it('rejects when the caller gives up', async () => {
    const board = new QueueBoard();
    const ac = new AbortController();
    const pending = nextUpdate(board, 'Wild Mouse', ac.signal);
    ac.abort();
    await expect(pending).rejects.toThrow(/Wild Mouse/);
    expect(board.listenerCount('update')).toBe(0);
  });
});
