// expect: no-reused-settled-promise
// waitForDocking requests the boat status once before the loop and re-awaits that same settled promise on every poll, so it never sees the boat arrive.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface BoatStatus {
  boatId: string;
  docked: boolean;
  berth: string | null;
  holdKg: number;
}

interface FleetClient {
  status(boatId: string): Promise<BoatStatus>;
}

type Sleep = (ms: number) => Promise<void>;

class DockingWatcher {
  constructor(
    private readonly fleet: FleetClient,
    private readonly sleep: Sleep,
    private readonly intervalMs = 30_000,
  ) {}

  async waitForDocking(boatId: string, maxPolls = 40): Promise<BoatStatus> {
    const statusRequest = this.fleet.status(boatId);
    for (let poll = 0; poll < maxPolls; poll++) {
      const status = await statusRequest;
      if (status.docked && status.berth) {
        return status;
      }
      await this.sleep(this.intervalMs);
    }
    throw new Error(`${boatId} not docked after ${maxPolls} polls`);
  }
}

describe('DockingWatcher', () => {
  let fleet: { status: ReturnType<typeof vi.fn<FleetClient['status']>> };
  let sleep: ReturnType<typeof vi.fn<Sleep>>;
  let watcher: DockingWatcher;

  beforeEach(() => {
    fleet = { status: vi.fn<FleetClient['status']>() };
    sleep = vi.fn<Sleep>().mockResolvedValue(undefined);
    watcher = new DockingWatcher(fleet, sleep, 10);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('returns straight away when the boat is already at its berth', async () => {
    fleet.status.mockResolvedValue({ boatId: 'Selkie', docked: true, berth: 'B4', holdKg: 820 });
    const status = await watcher.waitForDocking('Selkie');
    expect(status.berth).toBe('B4');
    expect(sleep).not.toHaveBeenCalled();
  });

  it('gives up after the configured number of polls', async () => {
    fleet.status.mockResolvedValue({ boatId: 'Dulse', docked: false, berth: null, holdKg: 0 });
    await expect(watcher.waitForDocking('Dulse', 3)).rejects.toThrow('Dulse not docked after 3 polls');
    expect(sleep).toHaveBeenCalledTimes(3);
  });

  it('propagates fleet API failures', async () => {
    fleet.status.mockRejectedValue(new Error('AIS gateway down'));
    await expect(watcher.waitForDocking('Wrack')).rejects.toThrow('AIS gateway down');
  });
});
