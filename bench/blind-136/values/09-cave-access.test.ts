// expect: no-promise-as-value
// The "open in a stable forecast" test passes the un-awaited isOpen() promise to toBeTruthy, so it passes no matter what the service decides.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface CaveStatus {
  caveId: string;
  ceiling: 'stable' | 'watch' | 'unstable';
  meltwaterCm: number;
  closedForSeason: boolean;
}

interface StatusFeed {
  current(caveId: string): Promise<CaveStatus>;
}

class CaveAccessService {
  private readonly overrides = new Map<string, boolean>();

  constructor(private readonly feed: StatusFeed) {}

  override(caveId: string, open: boolean): void {
    this.overrides.set(caveId, open);
  }

  async isOpen(caveId: string): Promise<boolean> {
    const forced = this.overrides.get(caveId);
    if (forced !== undefined) return forced;
    const s = await this.feed.current(caveId);
    if (s.closedForSeason) return false;
    return s.ceiling !== 'unstable' && s.meltwaterCm < 30;
  }
}

describe('CaveAccessService', () => {
  let feed: { current: ReturnType<typeof vi.fn> };
  let service: CaveAccessService;

  const status = (over: Partial<CaveStatus> = {}): CaveStatus => ({
    caveId: 'mendenhall-blue',
    ceiling: 'stable',
    meltwaterCm: 5,
    closedForSeason: false,
    ...over,
  });

  beforeEach(() => {
    feed = { current: vi.fn() };
    service = new CaveAccessService(feed as unknown as StatusFeed);
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('is open when the ceiling is stable and meltwater is low', () => {
    feed.current.mockResolvedValue(status());
    expect(service.isOpen('mendenhall-blue')).toBeTruthy();
  });

  it('is closed when the ceiling is unstable', async () => {
    feed.current.mockResolvedValue(status({ ceiling: 'unstable' }));
    await expect(service.isOpen('mendenhall-blue')).resolves.toBe(false);
  });

  it('is closed when meltwater is too deep', async () => {
    feed.current.mockResolvedValue(status({ meltwaterCm: 45 }));
    expect(await service.isOpen('mendenhall-blue')).toBe(false);
  });

  it('honours a ranger override without asking the feed', async () => {
    service.override('mendenhall-blue', false);
    expect(await service.isOpen('mendenhall-blue')).toBe(false);
    expect(feed.current).not.toHaveBeenCalled();
  });

  it('propagates feed failures', async () => {
    feed.current.mockRejectedValue(new Error('feed offline'));
    await expect(service.isOpen('mendenhall-blue')).rejects.toThrow('feed offline');
  });
});
