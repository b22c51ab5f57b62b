// expect: no-floating-promises
// resetSeason uses machines.map(async ...) as a statement, so the per-machine resets run unawaited and their failures are never handled.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface MachineRecord {
  id: string;
  title: string;
  active: boolean;
}

interface ScoreboardApi {
  archiveScores(machineId: string, season: string): Promise<number>;
  clearScores(machineId: string): Promise<void>;
}

interface SeasonSummary {
  season: string;
  machinesReset: number;
  startedAt: Date;
}

class SeasonManager {
  constructor(
    private readonly api: ScoreboardApi,
    private readonly machines: () => MachineRecord[],
  ) {}

  resetSeason(season: string): SeasonSummary {
    const active = this.machines().filter((m) => m.active);
    active.map(async (machine) => {
      await this.api.archiveScores(machine.id, season);
      await this.api.clearScores(machine.id);
    });
    return { season, machinesReset: active.length, startedAt: new Date() };
  }

  titles(): string[] {
    return this.machines()
      .filter((m) => m.active)
      .map((m) => m.title)
      .sort();
  }
}

describe('SeasonManager', () => {
  let api: ScoreboardApi;
  let machines: MachineRecord[];

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2024-03-01T09:00:00Z'));
    machines = [
      { id: 'afm-1', title: 'Attack from Mars', active: true },
      { id: 'tz-2', title: 'Twilight Zone', active: true },
      { id: 'bsd-1', title: 'Bram Stoker’s Dracula', active: false },
    ];
    api = {
      archiveScores: vi.fn(async () => 10),
      clearScores: vi.fn(async () => undefined),
    };
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('archives every active machine for the season', () => {
    const manager = new SeasonManager(api, () => machines);
    const summary = manager.resetSeason('2024-spring');
    expect(summary.machinesReset).toBe(2);
    expect(summary.startedAt.toISOString()).toBe('2024-03-01T09:00:00.000Z');
    expect(api.archiveScores).toHaveBeenCalledWith('afm-1', '2024-spring');
    expect(api.archiveScores).toHaveBeenCalledWith('tz-2', '2024-spring');
    expect(api.archiveScores).not.toHaveBeenCalledWith('bsd-1', expect.anything());
  });

  it('skips inactive machines entirely', () => {
    machines.forEach((m) => (m.active = false));
    const manager = new SeasonManager(api, () => machines);
    expect(manager.resetSeason('2024-spring').machinesReset).toBe(0);
    expect(api.archiveScores).not.toHaveBeenCalled();
  });

  it('lists active titles alphabetically', () => {
    const manager = new SeasonManager(api, () => machines);
    expect(manager.titles()).toEqual(['Attack from Mars', 'Twilight Zone']);
  });
});
