// expect: none
// pollAll inspects every allSettled entry and records the rejection reason of each failed tower, and every test awaits its assertions.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface TowerStatus {
  towerId: string;
  staffed: boolean;
  visibilityKm: number;
}

interface TowerClient {
  readStatus(towerId: string): Promise<TowerStatus>;
}

interface PollReport {
  reachable: TowerStatus[];
  unreachable: { towerId: string; reason: string }[];
}

class TowerPoller {
  constructor(private readonly client: TowerClient) {}

  async pollAll(towerIds: string[]): Promise<PollReport> {
    const results = await Promise.allSettled(towerIds.map((id) => this.client.readStatus(id)));
    const report: PollReport = { reachable: [], unreachable: [] };
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') {
        report.reachable.push(result.value);
      } else {
        const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
        report.unreachable.push({ towerId: towerIds[i], reason });
      }
    });
    return report;
  }
}

describe('TowerPoller', () => {
  const readStatus = vi.fn<(towerId: string) => Promise<TowerStatus>>();
  let poller: TowerPoller;

  beforeEach(() => {
    poller = new TowerPoller({ readStatus });
  });

  afterEach(() => {
    readStatus.mockReset();
  });

  it('collects every reachable tower', async () => {
    readStatus.mockImplementation(async (towerId) => ({ towerId, staffed: true, visibilityKm: 60 }));
    const report = await poller.pollAll(['bald-knob', 'sugarloaf']);
    expect(report.reachable.map((s) => s.towerId)).toEqual(['bald-knob', 'sugarloaf']);
    expect(report.unreachable).toEqual([]);
  });

  it('reports towers whose radio link failed with the reason', async () => {
    readStatus
      .mockResolvedValueOnce({ towerId: 'bald-knob', staffed: true, visibilityKm: 45 })
      .mockRejectedValueOnce(new Error('repeater timeout'))
      .mockResolvedValueOnce({ towerId: 'pine-ridge', staffed: false, visibilityKm: 12 });

    const report = await poller.pollAll(['bald-knob', 'sugarloaf', 'pine-ridge']);

    expect(report.reachable).toHaveLength(2);
    expect(report.unreachable).toEqual([{ towerId: 'sugarloaf', reason: 'repeater timeout' }]);
  });

  it('stringifies non-Error rejection reasons', async () => {
    readStatus.mockRejectedValueOnce('NO_CARRIER');
    await expect(poller.pollAll(['eagle-peak'])).resolves.toEqual({
      reachable: [],
      unreachable: [{ towerId: 'eagle-peak', reason: 'NO_CARRIER' }],
    });
  });

  it('asks each tower exactly once', async () => {
    readStatus.mockImplementation(async (towerId) => ({ towerId, staffed: true, visibilityKm: 30 }));
    await poller.pollAll(['a', 'b', 'c']);
    expect(readStatus).toHaveBeenCalledTimes(3);
    expect(readStatus).toHaveBeenNthCalledWith(2, 'b');
  });
});
