// expect: no-unobserved-promise
// In the timeout test the pending departure promise rejects while vi.advanceTimersByTimeAsync is still running, before expect(...).rejects attaches a handler, so vitest reports an unhandled rejection and fails the run.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Departure {
  route: string;
  vessel: string;
  quay: string;
  at: string;
}

interface FerryApi {
  board(route: string): Promise<Departure[]>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class DeparturePoller {
  private stopped = false;

  constructor(
    private readonly api: FerryApi,
    private readonly intervalMs = 60_000,
  ) {}

  async nextDeparture(route: string, withinMs: number): Promise<Departure> {
    const deadline = Date.now() + withinMs;
    while (!this.stopped && Date.now() < deadline) {
      const board = await this.api.board(route);
      const next = board.find((d) => d.route === route);
      if (next) return next;
      await wait(this.intervalMs);
    }
    throw new Error(`no departure on ${route} within ${withinMs / 60_000} min`);
  }

  stop(): void {
    this.stopped = true;
  }
}

describe('DeparturePoller', () => {
  let api: { board: ReturnType<typeof vi.fn<FerryApi['board']>> };
  let poller: DeparturePoller;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-06-21T06:00:00Z'));
    api = { board: vi.fn<FerryApi['board']>().mockResolvedValue([]) };
    poller = new DeparturePoller(api);
  });

  afterEach(() => {
    poller.stop();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('returns the first departure that appears on the board', async () => {
    api.board
      .mockResolvedValueOnce([])
      .mockResolvedValueOnce([{ route: 'bergen-haugesund', vessel: 'MS Fjordkatt', quay: 'C2', at: '06:40' }]);

    const [departure] = await Promise.all([
      poller.nextDeparture('bergen-haugesund', 30 * 60_000),
      vi.advanceTimersByTimeAsync(60_000),
    ]);

    expect(departure.vessel).toBe('MS Fjordkatt');
    expect(api.board).toHaveBeenCalledTimes(2);
  });

  it('gives up when nothing is announced in time', async () => {
    const pending = poller.nextDeparture('balestrand-vik', 5 * 60_000);
    await vi.advanceTimersByTimeAsync(6 * 60_000);

    await expect(pending).rejects.toThrow('no departure on balestrand-vik within 5 min');
    expect(api.board).toHaveBeenCalledTimes(5);
  });

  it('surfaces API failures to the caller', async () => {
    api.board.mockRejectedValueOnce(new Error('502 from timetable service'));

    await expect(poller.nextDeparture('bergen-haugesund', 60_000)).rejects.toThrow('502');
  });
});
