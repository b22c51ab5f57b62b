// expect: none
// Async probe results are either awaited before assertion or handed to expect(...).resolves/.rejects, which is built to take a promise.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => unknown) => void;
declare const beforeEach: (fn: () => unknown) => void;
declare const afterEach: (fn: () => unknown) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toBeGreaterThan(n: number): void;
  toBeLessThan(n: number): void;
  resolves: { toBe(expected: unknown): Promise<void>; toEqual(expected: unknown): Promise<void> };
  rejects: { toThrow(expected?: string | RegExp): Promise<void> };
};

interface ThermistorReading {
  depthM: number;
  tempC: number;
}

interface BoreholeProbe {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  isCalibrated(): Promise<boolean>;
  calibrate(referenceC: number): Promise<void>;
  profile(): Promise<ThermistorReading[]>;
  depthM(): Promise<number>;
}

declare function createProbeSimulator(opts: { boreholeId: string; depthM: number; iceTempC: number }): BoreholeProbe;

describe('borehole thermistor string', () => {
  let probe: BoreholeProbe;

  beforeEach(async () => {
    probe = createProbeSimulator({ boreholeId: 'BH-07', depthM: 180, iceTempC: -8.2 });
    await probe.connect();
  });

  afterEach(() => probe.disconnect());

  it('starts uncalibrated and calibrates against the ice-bath reference', async () => {
    expect(await probe.isCalibrated()).toBe(false);
    await probe.calibrate(0.0);
    await expect(probe.isCalibrated()).resolves.toBe(true);
  });

  it('refuses to read a profile before calibration', async () => {
    await expect(probe.profile()).rejects.toThrow(/calibrat/);
  });

  it('reports a profile that warms towards the bed', async () => {
    await probe.calibrate(0.0);
    const readings = await probe.profile();

    expect(readings.length).toBeGreaterThan(10);
    const shallow = readings[0];
    const deep = readings[readings.length - 1];
    expect(deep.depthM).toBeGreaterThan(shallow.depthM);
    expect(deep.tempC).toBeGreaterThan(shallow.tempC);
    expect(deep.tempC).toBeLessThan(0.1);
  });

  it('reports the configured string depth', async () => {
    await expect(probe.depthM()).resolves.toEqual(180);
  });

  it('keeps every reading within the physical range for polar ice', async () => {
    await probe.calibrate(0.0);
    const readings = await probe.profile();
    const outOfRange = readings.filter((r) => r.tempC < -60 || r.tempC > 0.5);
    expect(outOfRange).toEqual([]);
  });
});
