// expect: none
// The per-bout `map(async ...)` is wrapped in an awaited Promise.all, the debounce timer callback attaches .catch to its refresh, and every expect(...).resolves/.rejects is awaited, so no promise in the service or the suite is left unobserved.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface BoutResult {
  boutId: string;
  home: string;
  away: string;
  homeScore: number;
  awayScore: number;
}

interface ScoreFeed {
  results(season: string): Promise<BoutResult[]>;
  penalties(boutId: string): Promise<number>;
}

interface Row {
  team: string;
  wins: number;
  losses: number;
  penalties: number;
}

class StandingsService {
  table: Row[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;
  onError: (err: unknown) => void = () => {};

  constructor(private readonly feed: ScoreFeed, private readonly season: string) {}

  async refresh(): Promise<Row[]> {
    const results = await this.feed.results(this.season);
    const rows = new Map<string, Row>();
    const row = (team: string) => rows.get(team) ?? rows.set(team, { team, wins: 0, losses: 0, penalties: 0 }).get(team)!;
    await Promise.all(
      results.map(async (r) => {
        const penalties = await this.feed.penalties(r.boutId);
        const [winner, loser] = r.homeScore >= r.awayScore ? [r.home, r.away] : [r.away, r.home];
        row(winner).wins++;
        row(loser).losses++;
        row(r.home).penalties += penalties;
      }),
    );
    this.table = [...rows.values()].sort((a, b) => b.wins - a.wins || a.losses - b.losses);
    return this.table;
  }

  scheduleRefresh(delayMs = 500): void {
    clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.refresh().catch((err) => this.onError(err));
    }, delayMs);
  }

  close(): void {
    clearTimeout(this.pending);
  }
}

describe('StandingsService', () => {
  let feed: ScoreFeed;
  let service: StandingsService;

  beforeEach(() => {
    vi.useFakeTimers();
    feed = {
      results: vi.fn().mockResolvedValue([
        { boutId: 'b1', home: 'Hell Marys', away: 'Rink Rats', homeScore: 180, awayScore: 142 },
        { boutId: 'b2', home: 'Rink Rats', away: 'Jam Slams', homeScore: 201, awayScore: 99 },
      ]),
      penalties: vi.fn().mockResolvedValue(4),
    };
    service = new StandingsService(feed, '2024');
  });

  afterEach(() => {
    service.close();
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('ranks teams by wins', async () => {
    await expect(service.refresh()).resolves.toHaveLength(3);
    expect(service.table.map((r) => r.team)).toEqual(['Hell Marys', 'Rink Rats', 'Jam Slams']);
  });

  it('debounces scheduled refreshes into one feed call', async () => {
    service.scheduleRefresh();
    service.scheduleRefresh();
    await vi.advanceTimersByTimeAsync(500);
    expect(feed.results).toHaveBeenCalledTimes(1);
  });

  it('reports background refresh failures through onError', async () => {
    vi.mocked(feed.results).mockRejectedValueOnce(new Error('feed down'));
    const onError = vi.fn();
    service.onError = onError;
    service.scheduleRefresh(100);
    await vi.advanceTimersByTimeAsync(100);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'feed down' }));
  });

  it('propagates feed errors from a direct refresh', async () => {
    vi.mocked(feed.penalties).mockRejectedValueOnce(new Error('penalty box offline'));
    await expect(service.refresh()).rejects.toThrow('penalty box offline');
  });
});
