// expect: none
// Correct: vi.fn and mockImplementation take functions by design, and every promise under test is awaited via expect(...).resolves/rejects.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => void | Promise<void>) => void;
declare const beforeEach: (fn: () => void | Promise<void>) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toHaveBeenCalledTimes(n: number): void;
  resolves: { toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(msg?: string | RegExp): Promise<void> };
};
interface Mock<A extends unknown[], R> {
  (...args: A): R;
  mockImplementation(fn: (...args: A) => R): Mock<A, R>;
  mockResolvedValueOnce(v: Awaited<R>): Mock<A, R>;
}
declare const vi: {
  fn<A extends unknown[], R>(impl?: (...args: A) => R): Mock<A, R>;
};

interface BeaconFirmware {
  serial: string;
  version: string;
  antennas: 1 | 3;
}

interface RentalBeacon extends BeaconFirmware {
  batteryPct: number;
  lastGroupCheck: string | null;
}

class BeaconFleet {
  constructor(
    private readonly readFirmware: (serial: string) => Promise<BeaconFirmware>,
    private readonly readBattery: (serial: string) => Promise<number>,
  ) {}

  async checkOut(serial: string): Promise<RentalBeacon> {
    const [fw, batteryPct] = await Promise.all([this.readFirmware(serial), this.readBattery(serial)]);
    if (fw.antennas < 3) throw new Error(`${serial} is a single-antenna beacon; not for rental`);
    if (batteryPct < 60) throw new Error(`${serial} battery at ${batteryPct}%`);
    return { ...fw, batteryPct, lastGroupCheck: null };
  }

  async checkOutGroup(serials: readonly string[]): Promise<RentalBeacon[]> {
    const beacons = await Promise.all(serials.map((s) => this.checkOut(s)));
    const at = new Date(0).toISOString();
    return beacons.map((b) => ({ ...b, lastGroupCheck: at }));
  }
}

describe('rental beacon check-out', () => {
  let readFirmware: Mock<[string], Promise<BeaconFirmware>>;
  let readBattery: Mock<[string], Promise<number>>;
  let fleet: BeaconFleet;

  beforeEach(() => {
    readFirmware = vi.fn(async (serial: string) => ({ serial, version: '4.2.1', antennas: 3 as const }));
    readBattery = vi.fn(async (_serial: string) => 88);
    fleet = new BeaconFleet(readFirmware, readBattery);
  });

  it('checks out a three-antenna beacon with a healthy battery', async () => {
    await expect(fleet.checkOut('PX-1042')).resolves.toEqual({
      serial: 'PX-1042',
      version: '4.2.1',
      antennas: 3,
      batteryPct: 88,
      lastGroupCheck: null,
    });
  });

  it('refuses single-antenna units', async () => {
    readFirmware.mockImplementation(async (serial) => ({ serial, version: '1.9.0', antennas: 1 }));
    await expect(fleet.checkOut('OLD-7')).rejects.toThrow(/single-antenna/);
  });

  it('refuses the whole group when one battery is low', async () => {
    readBattery.mockResolvedValueOnce(88).mockResolvedValueOnce(41);
    await expect(fleet.checkOutGroup(['A1', 'A2', 'A3'])).rejects.toThrow('A2 battery at 41%');
  });

  it('reads firmware and battery once per beacon', async () => {
    const group = await fleet.checkOutGroup(['B1', 'B2']);
    expect(group.map((b) => b.lastGroupCheck)).toEqual(['1970-01-01T00:00:00.000Z', '1970-01-01T00:00:00.000Z']);
    expect(readFirmware).toHaveBeenCalledTimes(2);
    expect(readBattery).toHaveBeenCalledTimes(2);
  });
});
