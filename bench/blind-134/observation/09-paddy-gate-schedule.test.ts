// expect: none
// Each test attaches its resolves/rejects assertion to the stored promise before advancing the fake clock and awaits that assertion afterwards, so no promise is left without a handler across an await.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface GateDriver {
  open(gateId: string): Promise<void>;
  close(gateId: string): Promise<void>;
}

class IrrigationScheduler {
  constructor(
    private readonly driver: GateDriver,
    private readonly maxOpenMs = 6 * 60 * 60 * 1000,
  ) {}

  async openFor(gateId: string, durationMs: number): Promise<{ gateId: string; openedMs: number }> {
    if (durationMs <= 0 || durationMs > this.maxOpenMs) {
      throw new RangeError(`gate ${gateId}: duration ${durationMs}ms outside 0..${this.maxOpenMs}`);
    }
    await this.driver.open(gateId);
    const started = Date.now();
    await new Promise<void>((resolve) => setTimeout(resolve, durationMs));
    await this.driver.close(gateId);
    return { gateId, openedMs: Date.now() - started };
  }
}

describe('IrrigationScheduler.openFor', () => {
  let calls: string[];
  let driver: GateDriver;

  beforeEach(() => {
    vi.useFakeTimers();
    calls = [];
    driver = {
      open: vi.fn(async (id: string) => {
        calls.push(`open:${id}`);
      }),
      close: vi.fn(async (id: string) => {
        calls.push(`close:${id}`);
      }),
    };
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens the gate, waits the duration, then closes it', async () => {
    const scheduler = new IrrigationScheduler(driver);
    const run = scheduler.openFor('terrace-3-inlet', 20 * 60_000);
    const assertion = expect(run).resolves.toEqual({ gateId: 'terrace-3-inlet', openedMs: 20 * 60_000 });

    await vi.advanceTimersByTimeAsync(19 * 60_000);
    expect(calls).toEqual(['open:terrace-3-inlet']);

    await vi.advanceTimersByTimeAsync(60_000);
    await assertion;
    expect(calls).toEqual(['open:terrace-3-inlet', 'close:terrace-3-inlet']);
  });

  it('rejects durations beyond the maximum without touching the gate', async () => {
    const scheduler = new IrrigationScheduler(driver, 60_000);
    await expect(scheduler.openFor('terrace-1-outlet', 120_000)).rejects.toThrow(RangeError);
    expect(driver.open).not.toHaveBeenCalled();
  });

  it('surfaces a driver failure on close', async () => {
    driver.close = vi.fn(async () => {
      throw new Error('gate jammed half-way');
    });
    const scheduler = new IrrigationScheduler(driver);
    const run = scheduler.openFor('terrace-2-inlet', 5_000);
    const assertion = expect(run).rejects.toThrow('gate jammed half-way');

    await vi.advanceTimersByTimeAsync(5_000);
    await assertion;
    expect(calls).toEqual(['open:terrace-2-inlet']);
  });
});
