// expect: no-promise-as-value
// The tolerance test passes the isWithinTolerance promise to toBeTruthy without awaiting it, so the assertion passes even for an out-of-tune antenna.
declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void> | void) => void;
declare const beforeEach: (fn: () => Promise<void> | void) => void;
declare const expect: (actual: unknown) => {
  toBe(expected: unknown): void;
  toBeTruthy(): void;
  toBeCloseTo(expected: number, digits?: number): void;
  rejects: { toThrow(message?: string | RegExp): Promise<void> };
};

interface AntennaReading {
  antenna: 'pitch' | 'volume';
  handDistanceCm: number;
  frequencyHz: number;
}

interface OscillatorProbe {
  sample(antenna: AntennaReading['antenna'], handDistanceCm: number): Promise<number>;
}

export class ThereminCalibrator {
  constructor(
    private readonly probe: OscillatorProbe,
    private readonly toleranceCents = 15,
  ) {}

  expectedPitchHz(handDistanceCm: number): number {
    const semitonesAboveA3 = Math.max(0, 36 - handDistanceCm * 0.6);
    return 220 * 2 ** (semitonesAboveA3 / 12);
  }

  async measure(antenna: AntennaReading['antenna'], handDistanceCm: number): Promise<AntennaReading> {
    if (handDistanceCm < 0 || handDistanceCm > 80) throw new Error(`hand distance ${handDistanceCm}cm out of field`);
    const frequencyHz = await this.probe.sample(antenna, handDistanceCm);
    return { antenna, handDistanceCm, frequencyHz };
  }

  async isWithinTolerance(reading: AntennaReading): Promise<boolean> {
    const expected = this.expectedPitchHz(reading.handDistanceCm);
    const cents = 1200 * Math.log2(reading.frequencyHz / expected);
    return Math.abs(cents) <= this.toleranceCents;
  }
}

describe('ThereminCalibrator', () => {
  let drift: number;
  let calibrator: ThereminCalibrator;

  beforeEach(() => {
    drift = 1;
    calibrator = new ThereminCalibrator({
      async sample(_antenna, distance) {
        return calibrator.expectedPitchHz(distance) * drift;
      },
    });
  });

  it('maps a flat hand at 60cm to the bottom of the range', () => {
    expect(calibrator.expectedPitchHz(60)).toBeCloseTo(220, 1);
  });

  it('doubles in pitch for every twenty centimetres closer', () => {
    expect(calibrator.expectedPitchHz(20) / calibrator.expectedPitchHz(40)).toBeCloseTo(2, 3);
  });

  it('accepts a well-tuned pitch antenna', async () => {
    const reading = await calibrator.measure('pitch', 30);
    expect(await calibrator.isWithinTolerance(reading)).toBe(true);
  });

  it('flags a pitch antenna that has drifted sharp', async () => {
    drift = 1.03;
    const reading = await calibrator.measure('pitch', 30);
    expect(await calibrator.isWithinTolerance(reading)).toBe(false);
  });

  it('tolerates a few cents of drift', async () => {
    drift = 1.006;
    const reading = await calibrator.measure('pitch', 25);
    expect(calibrator.isWithinTolerance(reading)).toBeTruthy();
  });

  it('rejects hand positions outside the field', async () => {
    await expect(calibrator.measure('volume', 95)).rejects.toThrow(/out of field/);
  });
});
