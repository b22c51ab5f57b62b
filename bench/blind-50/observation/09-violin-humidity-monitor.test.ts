// expect: no-unobserved-promise
// In the timeout test, `pending` can reject during advanceTimersByTimeAsync before expect(...).rejects attaches a handler.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;
declare const expect: (value: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
declare const vi: {
  useFakeTimers(): void;
  useRealTimers(): void;
  advanceTimersByTimeAsync(ms: number): Promise<void>;
};

interface Reading {
  rh: number;
  tempC: number;
}

interface WorkshopMonitor {
  push(reading: Reading): void;
  waitForStable(targetRh: number, opts: { toleranceRh: number; timeoutMs: number }): Promise<Reading>;
  alarms(): string[];
}

declare function createMonitor(room: string, sampleEveryMs: number): WorkshopMonitor;

describe('violin workshop humidity monitor', () => {
  let monitor: WorkshopMonitor;

  beforeEach(() => {
    vi.useFakeTimers();
    monitor = createMonitor('varnish-room', 1000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('raises an alarm when humidity drops below 35%', () => {
    monitor.push({ rh: 48, tempC: 20 });
    monitor.push({ rh: 33, tempC: 21 });
    expect(monitor.alarms()).toEqual(['varnish-room: RH 33% below 35%']);
  });

  it('does not alarm on a single high spike under 70%', () => {
    monitor.push({ rh: 62, tempC: 20 });
    expect(monitor.alarms()).toEqual([]);
  });

  it('resolves once readings hold within tolerance', async () => {
    for (const rh of [44.6, 45.2, 45.1, 44.8, 45.0]) monitor.push({ rh, tempC: 20 });
    const reading = await monitor.waitForStable(45, { toleranceRh: 1, timeoutMs: 60_000 });
    expect(reading.rh).toBe(45.0);
  });

  it('times out when the room keeps drifting', async () => {
    const pending = monitor.waitForStable(45, { toleranceRh: 1, timeoutMs: 30_000 });
    for (let i = 0; i < 40; i++) {
      monitor.push({ rh: 40 + (i % 2) * 8, tempC: 20 });
      await vi.advanceTimersByTimeAsync(1000);
    }
    await expect(pending).rejects.toThrow(/did not stabilise/);
  });
});
