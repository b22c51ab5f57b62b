// expect: no-reused-settled-promise
// waitForLock calls queryLock() once before the loop and then awaits that same settled promise on every iteration, so it keeps seeing the first status and never observes the antenna acquiring lock.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface LockStatus {
  locked: boolean;
  azimuthDeg: number;
  elevationDeg: number;
  snrDb: number;
}

interface AntennaController {
  queryLock(): Promise<LockStatus>;
}

async function waitForLock(
  antenna: AntennaController,
  { intervalMs = 1_000, maxPolls = 30 }: { intervalMs?: number; maxPolls?: number } = {},
): Promise<LockStatus> {
  const statusRequest = antenna.queryLock();
  for (let poll = 1; poll <= maxPolls; poll++) {
    const status = await statusRequest;
    if (status.locked && status.snrDb >= 6) return status;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`antenna did not lock after ${maxPolls} polls`);
}

describe('waitForLock', () => {
  let antenna: { queryLock: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    vi.useFakeTimers();
    antenna = { queryLock: vi.fn() };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns immediately when already locked', async () => {
    antenna.queryLock.mockResolvedValue({ locked: true, azimuthDeg: 212, elevationDeg: 38, snrDb: 11 });
    await expect(waitForLock(antenna as AntennaController)).resolves.toMatchObject({ locked: true });
  });

  it('requires a usable SNR before reporting lock', async () => {
    antenna.queryLock.mockResolvedValue({ locked: true, azimuthDeg: 12, elevationDeg: 4, snrDb: 2 });
    const pending = waitForLock(antenna as AntennaController, { intervalMs: 100, maxPolls: 3 });
    const assertion = expect(pending).rejects.toThrow('did not lock after 3 polls');
    await vi.advanceTimersByTimeAsync(300);
    await assertion;
  });

  it('gives up after maxPolls', async () => {
    antenna.queryLock.mockResolvedValue({ locked: false, azimuthDeg: 0, elevationDeg: 0, snrDb: 0 });
    const pending = waitForLock(antenna as AntennaController, { intervalMs: 50, maxPolls: 5 });
    const assertion = expect(pending).rejects.toThrow(/5 polls/);
    await vi.advanceTimersByTimeAsync(250);
    await assertion;
  });
});
