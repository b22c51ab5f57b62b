// expect: no-swallowed-abort
// load()'s bare catch also swallows the AbortError from a superseded or stopped refresh and returns the cached list as if the fetch had succeeded, so an aborted refresh still re-renders stale showtimes and bumps updatedAt.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface Showtime {
  id: string;
  title: string;
  dome: 'main' | 'mini';
  startsAt: string;
  seatsLeft: number;
}

class ShowtimeBoard {
  private controller: AbortController | null = null;
  private lastGood: Showtime[] = [];
  private timer: ReturnType<typeof setInterval> | undefined;
  updatedAt = 0;

  constructor(
    private readonly feedUrl: string,
    private readonly render: (shows: Showtime[]) => void,
    private readonly onError: (err: unknown) => void,
    private readonly pollMs = 60_000,
  ) {}

  start(): Promise<void> {
    this.timer = setInterval(() => {
      this.refresh().catch(this.onError);
    }, this.pollMs);
    return this.refresh();
  }

  stop(): void {
    clearInterval(this.timer);
    this.controller?.abort();
  }

  async refresh(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const shows = await this.load(controller.signal);
    this.render(shows.filter((s) => s.seatsLeft > 0));
    this.updatedAt = Date.now();
  }

  private async load(signal: AbortSignal): Promise<Showtime[]> {
    try {
      const res = await fetch(this.feedUrl, { signal, headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`showtime feed HTTP ${res.status}`);
      const shows = (await res.json()) as Showtime[];
      this.lastGood = shows;
      return shows;
    } catch {
      return this.lastGood;
    }
  }
}

const SHOWS: Showtime[] = [
  { id: 's1', title: 'Black Holes', dome: 'main', startsAt: '2025-03-01T14:00:00Z', seatsLeft: 12 },
  { id: 's2', title: 'Aurora Nights', dome: 'mini', startsAt: '2025-03-01T15:30:00Z', seatsLeft: 0 },
];

describe('ShowtimeBoard', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  let render: ReturnType<typeof vi.fn<(shows: Showtime[]) => void>>;
  let onError: ReturnType<typeof vi.fn<(err: unknown) => void>>;
  let board: ShowtimeBoard;

  beforeEach(() => {
    vi.useFakeTimers();
    fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify(SHOWS), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    render = vi.fn();
    onError = vi.fn();
    board = new ShowtimeBoard('https://planetarium.test/showtimes', render, onError, 60_000);
  });

  afterEach(() => {
    board.stop();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('renders only shows with seats left', async () => {
    await board.start();
    expect(render).toHaveBeenCalledWith([SHOWS[0]]);
  });

  it('keeps the last good list when the feed returns 503', async () => {
    await board.start();
    fetchMock.mockResolvedValueOnce(new Response('busy', { status: 503 }));
    await board.refresh();
    expect(render).toHaveBeenLastCalledWith([SHOWS[0]]);
    expect(onError).not.toHaveBeenCalled();
  });

  it('polls the feed every minute', async () => {
    await board.start();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });
});
