// expect: none
// Every assertion on the async quarantine API either awaits the value first or uses `await expect(promise).resolves`, so the checks test real booleans and records instead of always-truthy Promise objects.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LabResult {
  animal: string;
  test: 'TB' | 'EEHV' | 'psittacosis';
  positive: boolean;
  reportedAt: number;
}

interface LabFeed {
  results(animal: string): Promise<LabResult[]>;
}

class QuarantineBoard {
  private readonly overrides = new Map<string, boolean>();

  constructor(private readonly lab: LabFeed, private readonly windowMs = 14 * 24 * 3_600_000) {}

  async isQuarantined(animal: string): Promise<boolean> {
    const forced = this.overrides.get(animal);
    if (forced !== undefined) return forced;
    const cutoff = Date.now() - this.windowMs;
    const recent = (await this.lab.results(animal)).filter((r) => r.reportedAt >= cutoff);
    return recent.some((r) => r.positive);
  }

  async clearanceNote(animal: string): Promise<string> {
    return (await this.isQuarantined(animal)) ? `${animal}: stays in isolation` : `${animal}: cleared for the ring`;
  }

  override(animal: string, quarantined: boolean): void {
    this.overrides.set(animal, quarantined);
  }

  reset(): void {
    this.overrides.clear();
  }
}

describe('QuarantineBoard', () => {
  const now = new Date('2024-08-01T09:00:00Z').getTime();
  let lab: { results: ReturnType<typeof vi.fn<(animal: string) => Promise<LabResult[]>>> };
  let board: QuarantineBoard;

  beforeEach(() => {
    vi.useFakeTimers({ now });
    lab = { results: vi.fn<(animal: string) => Promise<LabResult[]>>().mockResolvedValue([]) };
    board = new QuarantineBoard(lab);
  });

  afterEach(() => {
    board.reset();
    vi.useRealTimers();
  });

  it('quarantines an animal with a recent positive test', async () => {
    lab.results.mockResolvedValueOnce([{ animal: 'Tembo', test: 'TB', positive: true, reportedAt: now - 3_600_000 }]);
    expect(await board.isQuarantined('Tembo')).toBe(true);
  });

  it('ignores positives older than the window', async () => {
    lab.results.mockResolvedValueOnce([{ animal: 'Polly', test: 'psittacosis', positive: true, reportedAt: now - 30 * 24 * 3_600_000 }]);
    await expect(board.isQuarantined('Polly')).resolves.toBe(false);
  });

  it('lets a vet override the lab feed', async () => {
    board.override('Rex', true);
    await expect(board.clearanceNote('Rex')).resolves.toBe('Rex: stays in isolation');
    expect(lab.results).not.toHaveBeenCalled();
  });

  it('clears animals with only negative results', async () => {
    lab.results.mockResolvedValueOnce([{ animal: 'Duchess', test: 'EEHV', positive: false, reportedAt: now - 1_000 }]);
    const note = await board.clearanceNote('Duchess');
    expect(note).toBeTruthy();
    expect(note).toContain('cleared');
  });
});
