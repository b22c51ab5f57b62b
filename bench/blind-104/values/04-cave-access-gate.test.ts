// expect: no-promise-as-value
// The reopening test asserts expect(gate.isOpen(...)).toBeTruthy() on the un-awaited promise, which is always truthy, so it passes even when the gate wrongly stays closed after the meltwater drops.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface MeltwaterGauge {
  levelCm(caveId: string): Promise<number>;
}

interface GateLog {
  append(entry: { caveId: string; open: boolean; at: number }): void;
}

class CaveAccessGate {
  private readonly closedUntil = new Map<string, number>();
  private sweep: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly gauge: MeltwaterGauge,
    private readonly log: GateLog,
    private readonly cooldownMs: number,
    private readonly maxCm = 30,
  ) {}

  async isOpen(caveId: string): Promise<boolean> {
    const until = this.closedUntil.get(caveId) ?? 0;
    if (Date.now() < until) return false;
    const level = await this.gauge.levelCm(caveId);
    const open = level <= this.maxCm;
    if (!open) this.closedUntil.set(caveId, Date.now() + this.cooldownMs);
    this.log.append({ caveId, open, at: Date.now() });
    return open;
  }

  startSweep(everyMs: number): void {
    this.sweep = setInterval(() => {
      const now = Date.now();
      for (const [caveId, until] of this.closedUntil) if (until <= now) this.closedUntil.delete(caveId);
    }, everyMs);
  }

  stop(): void {
    clearInterval(this.sweep);
    this.closedUntil.clear();
  }
}

describe('CaveAccessGate', () => {
  const levelCm = vi.fn<(caveId: string) => Promise<number>>();
  const append = vi.fn<GateLog['append']>();
  let gate: CaveAccessGate;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-01-14T08:00:00Z'));
    levelCm.mockReset();
    append.mockReset();
    gate = new CaveAccessGate({ levelCm }, { append }, 30 * 60_000);
    gate.startSweep(60_000);
  });

  afterEach(() => {
    gate.stop();
    vi.useRealTimers();
  });

  it('opens when the meltwater is low', async () => {
    levelCm.mockResolvedValue(12);
    await expect(gate.isOpen('crystal')).resolves.toBe(true);
    expect(append).toHaveBeenCalledWith({ caveId: 'crystal', open: true, at: Date.now() });
  });

  it('stays closed during the cooldown without asking the gauge again', async () => {
    levelCm.mockResolvedValueOnce(44);
    expect(await gate.isOpen('crystal')).toBe(false);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(await gate.isOpen('crystal')).toBe(false);
    expect(levelCm).toHaveBeenCalledTimes(1);
  });

  it('reopens after the cooldown once the level drops', async () => {
    levelCm.mockResolvedValueOnce(44).mockResolvedValueOnce(18);
    expect(await gate.isOpen('crystal')).toBe(false);
    await vi.advanceTimersByTimeAsync(31 * 60_000);
    expect(gate.isOpen('crystal')).toBeTruthy();
  });
});
