// expect: none
// Correct: each stored promise gets its expect().resolves/rejects attached before timers advance, the ready waiter precedes the synchronous start(), and the .then(resolve, reject).finally chain cannot reject.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { EventEmitter, once } from 'node:events';

interface Departure {
  route: string;
  departs: string;
  status: 'on-time' | 'delayed' | 'cancelled';
}

class DepartureBoard extends EventEmitter {
  private timer: NodeJS.Timeout | undefined;
  departures: Departure[] = [];

  constructor(private readonly source: () => Promise<Departure[]>, private readonly everyMs: number) {
    super();
  }

  start() {
    queueMicrotask(() => this.emit('ready'));
    this.timer = setInterval(() => {
      this.refresh().catch((err) => this.emit('error', err));
    }, this.everyMs);
  }

  async refresh(): Promise<Departure[]> {
    const list = await this.source();
    this.departures = list.filter((d) => d.status !== 'cancelled');
    this.emit('updated', this.departures);
    return this.departures;
  }

  async refreshWithDeadline(ms: number): Promise<Departure[]> {
    const { promise, resolve, reject } = Promise.withResolvers<Departure[]>();
    const t = setTimeout(() => reject(new Error('departure feed timed out')), ms);
    this.refresh().then(resolve, reject).finally(() => clearTimeout(t));
    return promise;
  }

  stop() {
    clearInterval(this.timer);
  }
}

describe('DepartureBoard', () => {
  let source: ReturnType<typeof vi.fn<() => Promise<Departure[]>>>;
  let board: DepartureBoard;

  beforeEach(async () => {
    vi.useFakeTimers();
    source = vi.fn<() => Promise<Departure[]>>().mockResolvedValue([
      { route: 'Mainland–Isle', departs: '07:15', status: 'on-time' },
      { route: 'Isle–Skerry', departs: '07:40', status: 'cancelled' },
    ]);
    board = new DepartureBoard(source, 30_000);
    const ready = once(board, 'ready');
    board.start();
    await ready;
  });

  afterEach(() => {
    board.stop();
    vi.useRealTimers();
  });

  it('drops cancelled sailings', async () => {
    const [[list]] = (await Promise.all([
      once(board, 'updated'),
      vi.advanceTimersByTimeAsync(30_000),
    ])) as [[Departure[]], unknown];
    expect(list.map((d) => d.route)).toEqual(['Mainland–Isle']);
  });

  it('times out when the feed hangs', async () => {
    source.mockReturnValue(new Promise(() => {}));
    const pending = board.refreshWithDeadline(5_000);
    const assertion = expect(pending).rejects.toThrow('departure feed timed out');
    await vi.advanceTimersByTimeAsync(5_000);
    await assertion;
  });

  it('returns the feed when it answers in time', async () => {
    const pending = board.refreshWithDeadline(5_000);
    const assertion = expect(pending).resolves.toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await assertion;
    expect(source).toHaveBeenCalledTimes(1);
  });
});
