// expect: none
// Mocks are passed as functions where the code under test expects callables, and every promise under test is awaited or asserted with an awaited resolves/rejects.
export {};

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};
interface MockFn<A extends unknown[], R> {
  (...args: A): R;
  mockResolvedValue(value: Awaited<R>): MockFn<A, R>;
  mockRejectedValueOnce(err: unknown): MockFn<A, R>;
}
declare const vi: { fn<A extends unknown[], R>(impl?: (...args: A) => R): MockFn<A, R> };

interface SunPosition {
  azimuthDeg: number;
  elevationDeg: number;
}

class SolarTracker {
  private parked = false;

  constructor(
    private readonly readSun: () => Promise<SunPosition>,
    private readonly drive: (azimuthDeg: number, tiltDeg: number) => Promise<void>,
    private readonly maxWindMs = 14,
  ) {}

  park = async (): Promise<void> => {
    await this.drive(180, 0);
    this.parked = true;
  };

  async align(windMs: number): Promise<{ azimuthDeg: number; tiltDeg: number } | 'parked'> {
    if (windMs > this.maxWindMs) {
      await this.park();
      return 'parked';
    }
    const sun = await this.readSun();
    if (sun.elevationDeg <= 0) {
      await this.park();
      return 'parked';
    }
    const tiltDeg = Math.min(60, 90 - sun.elevationDeg);
    await this.drive(sun.azimuthDeg, tiltDeg);
    this.parked = false;
    return { azimuthDeg: sun.azimuthDeg, tiltDeg };
  }

  isParked(): boolean {
    return this.parked;
  }
}

describe('SolarTracker', () => {
  let readSun: MockFn<[], Promise<SunPosition>>;
  let drive: MockFn<[number, number], Promise<void>>;
  let tracker: SolarTracker;
  const shutdownHooks: Array<() => Promise<void>> = [];

  beforeEach(() => {
    readSun = vi.fn<[], Promise<SunPosition>>().mockResolvedValue({ azimuthDeg: 140, elevationDeg: 40 });
    drive = vi.fn<[number, number], Promise<void>>().mockResolvedValue(undefined);
    tracker = new SolarTracker(readSun, drive);
    shutdownHooks.length = 0;
    shutdownHooks.push(tracker.park);
  });

  it('points at the sun with tilt capped at 60 degrees', async () => {
    await expect(tracker.align(5)).resolves.toEqual({ azimuthDeg: 140, tiltDeg: 50 });
    expect(drive).toHaveBeenCalledTimes(1);
  });

  it('parks flat in high wind without reading the sun', async () => {
    expect(await tracker.align(22)).toBe('parked');
    expect(readSun).toHaveBeenCalledTimes(0);
    expect(tracker.isParked()).toBe(true);
  });

  it('parks after sunset', async () => {
    readSun.mockResolvedValue({ azimuthDeg: 290, elevationDeg: -3 });
    await expect(tracker.align(3)).resolves.toBe('parked');
  });

  it('propagates drive faults', async () => {
    drive.mockRejectedValueOnce(new Error('actuator overcurrent'));
    await expect(tracker.align(3)).rejects.toThrow(/overcurrent/);
  });

  it('runs registered shutdown hooks', async () => {
    for (const hook of shutdownHooks) {
      await hook();
    }
    expect(tracker.isParked()).toBe(true);
    expect(drive).toHaveBeenCalledTimes(1);
  });
});
