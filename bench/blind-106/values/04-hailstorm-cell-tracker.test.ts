// expect: none
// Every async tracker result is either awaited before it is compared or asserted through await expect(...).resolves, so no assertion is made against a pending Promise.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface StormCell {
  id: string;
  reflectivityDbz: number;
  echoTopKm: number;
  vil: number;
}

interface HailModel {
  probabilityOfSevereHail(cell: StormCell): Promise<number>;
}

class CellTracker {
  private readonly seen = new Map<string, { cell: StormCell; lastSeen: number }>();
  private sweeper: NodeJS.Timeout;

  constructor(private readonly model: HailModel, private readonly staleAfterMs = 10 * 60_000) {
    this.sweeper = setInterval(() => this.sweep(), 60_000);
  }

  observe(cell: StormCell): void {
    this.seen.set(cell.id, { cell, lastSeen: Date.now() });
  }

  async isSevere(cellId: string): Promise<boolean> {
    const entry = this.seen.get(cellId);
    if (!entry) return false;
    return (await this.model.probabilityOfSevereHail(entry.cell)) >= 0.6;
  }

  active(): string[] {
    return [...this.seen.keys()];
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, { lastSeen }] of this.seen) {
      if (now - lastSeen > this.staleAfterMs) this.seen.delete(id);
    }
  }

  close(): void {
    clearInterval(this.sweeper);
    this.seen.clear();
  }
}

describe('CellTracker', () => {
  let model: { probabilityOfSevereHail: ReturnType<typeof vi.fn<HailModel['probabilityOfSevereHail']>> };
  let tracker: CellTracker;
  const supercell: StormCell = { id: 'A7', reflectivityDbz: 64, echoTopKm: 14, vil: 62 };

  beforeEach(() => {
    vi.useFakeTimers();
    model = { probabilityOfSevereHail: vi.fn<HailModel['probabilityOfSevereHail']>().mockResolvedValue(0.8) };
    tracker = new CellTracker(model);
  });

  afterEach(() => {
    tracker.close();
    vi.useRealTimers();
  });

  it('flags a supercell the model scores as severe', async () => {
    tracker.observe(supercell);
    await expect(tracker.isSevere('A7')).resolves.toBe(true);
    expect(model.probabilityOfSevereHail).toHaveBeenCalledWith(supercell);
  });

  it('does not flag a weak cell', async () => {
    model.probabilityOfSevereHail.mockResolvedValueOnce(0.2);
    tracker.observe({ id: 'B2', reflectivityDbz: 41, echoTopKm: 7, vil: 12 });
    expect(await tracker.isSevere('B2')).toBe(false);
  });

  it('forgets cells that stop being observed', async () => {
    tracker.observe(supercell);
    vi.advanceTimersByTime(11 * 60_000);
    expect(tracker.active()).toEqual([]);
    const severe = await tracker.isSevere('A7');
    expect(severe).toBe(false);
    expect(model.probabilityOfSevereHail).not.toHaveBeenCalled();
  });
});
