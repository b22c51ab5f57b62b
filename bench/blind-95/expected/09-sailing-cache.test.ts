// expect: no-uncalled-async-function
// The constructor's `.then(() => this.loadTimetable)` returns the method instead of calling it, so `ready` resolves right after connecting with a function value, the timetable is never loaded and departures() answers [] until the first hourly refresh.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SailingRow {
  route: string;
  departs: string;
  vessel: string;
}

interface ScheduleApi {
  connect(): Promise<void>;
  timetable(): Promise<SailingRow[]>;
  disconnect(): Promise<void>;
}

const REFRESH_MS = 60 * 60_000;

class SailingCache {
  private byRoute = new Map<string, SailingRow[]>();
  private refreshTimer: NodeJS.Timeout | undefined;

  readonly ready;

  constructor(private readonly api: ScheduleApi) {
    this.ready = this.api.connect().then(() => this.loadTimetable);
    this.refreshTimer = setInterval(() => {
      this.loadTimetable().catch((err: unknown) => console.warn('timetable refresh failed', err));
    }, REFRESH_MS);
  }

  private async loadTimetable(): Promise<void> {
    const rows = await this.api.timetable();
    const next = new Map<string, SailingRow[]>();
    for (const row of rows) next.set(row.route, [...(next.get(row.route) ?? []), row]);
    for (const list of next.values()) list.sort((a, b) => a.departs.localeCompare(b.departs));
    this.byRoute = next;
  }

  async departures(route: string, after = '00:00'): Promise<SailingRow[]> {
    await this.ready;
    return (this.byRoute.get(route) ?? []).filter((r) => r.departs >= after);
  }

  async close(): Promise<void> {
    clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    await this.api.disconnect();
  }
}

const rows: SailingRow[] = [
  { route: 'halhjem-sandvikvag', departs: '07:10', vessel: 'MF Stavanger' },
  { route: 'halhjem-sandvikvag', departs: '06:30', vessel: 'MF Bergen' },
  { route: 'molde-vestnes', departs: '06:45', vessel: 'MF Fannefjord' },
];

describe('SailingCache', () => {
  let api: { [K in keyof ScheduleApi]: ReturnType<typeof vi.fn<ScheduleApi[K]>> };
  let cache: SailingCache;

  beforeEach(async () => {
    vi.useFakeTimers();
    api = {
      connect: vi.fn<ScheduleApi['connect']>().mockResolvedValue(undefined),
      timetable: vi.fn<ScheduleApi['timetable']>().mockResolvedValue(rows),
      disconnect: vi.fn<ScheduleApi['disconnect']>().mockResolvedValue(undefined),
    };
    cache = new SailingCache(api);
    await cache.ready;
  });

  afterEach(async () => {
    await cache.close();
    expect(api.disconnect).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('refreshes the timetable every hour', async () => {
    api.timetable.mockResolvedValueOnce([{ route: 'molde-vestnes', departs: '23:59', vessel: 'MF Romsdal' }]);
    await vi.advanceTimersByTimeAsync(REFRESH_MS);

    await expect(cache.departures('molde-vestnes')).resolves.toEqual([{ route: 'molde-vestnes', departs: '23:59', vessel: 'MF Romsdal' }]);
  });

  it('keeps the previous timetable when a refresh fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await vi.advanceTimersByTimeAsync(REFRESH_MS);
    api.timetable.mockRejectedValueOnce(new Error('503'));
    await vi.advanceTimersByTimeAsync(REFRESH_MS);

    expect(warn).toHaveBeenCalledWith('timetable refresh failed', expect.any(Error));
    expect(await cache.departures('halhjem-sandvikvag', '07:00')).toHaveLength(1);
    warn.mockRestore();
  });
});
