// expect: require-signal-propagation
// waitForBoard takes a signal but polls with sleep(intervalMs) from timers/promises without passing it, so an abort waits out the sleep.
import { setTimeout as sleep } from 'node:timers/promises';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void, timeoutMs?: number) => void;
declare const beforeEach: (fn: () => void) => void;
declare const afterEach: (fn: () => void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
};

interface RideWait {
  rideId: string;
  minutes: number;
  status: 'open' | 'delayed' | 'closed';
}

class FakeQueueBoard {
  private rows = new Map<string, RideWait>();
  renders = 0;

  apply(update: RideWait[]): void {
    for (const row of update) this.rows.set(row.rideId, row);
    this.renders++;
  }

  snapshot(): RideWait[] {
    return [...this.rows.values()].sort((a, b) => a.rideId.localeCompare(b.rideId));
  }
}

async function waitForBoard(
  board: FakeQueueBoard,
  predicate: (rows: RideWait[]) => boolean,
  { signal, intervalMs = 25 }: { signal: AbortSignal; intervalMs?: number },
): Promise<RideWait[]> {
  while (!signal.aborted) {
    const rows = board.snapshot();
    if (predicate(rows)) return rows;
    await sleep(intervalMs);
  }
  throw signal.reason;
}

describe('queue board refresh', () => {
  let board: FakeQueueBoard;
  let controller: AbortController;

  beforeEach(() => {
    board = new FakeQueueBoard();
    controller = new AbortController();
  });

  afterEach(() => {
    controller.abort();
  });

  it('shows the delayed status once the ride feed reports it', async () => {
    setTimeout(() => board.apply([{ rideId: 'cyclone', minutes: 45, status: 'delayed' }]), 10);
    const rows = await waitForBoard(board, (r) => r.some((x) => x.status === 'delayed'), {
      signal: controller.signal,
    });
    expect(rows).toEqual([{ rideId: 'cyclone', minutes: 45, status: 'delayed' }]);
  });

  it('keeps the latest wait time per ride', async () => {
    board.apply([{ rideId: 'log-flume', minutes: 20, status: 'open' }]);
    setTimeout(() => board.apply([{ rideId: 'log-flume', minutes: 35, status: 'open' }]), 5);
    const rows = await waitForBoard(board, (r) => r[0]?.minutes === 35, { signal: controller.signal });
    expect(rows.length).toBe(1);
    expect(board.renders).toBeGreaterThan(1);
  });

  it('gives up when the park closes the board', async () => {
    setTimeout(() => controller.abort(new Error('board closed')), 20);
    let error: unknown;
    try {
      await waitForBoard(board, () => false, { signal: controller.signal, intervalMs: 50 });
    } catch (err) {
      error = err;
    }
    expect((error as Error).message).toBe('board closed');
  }, 500);
});
