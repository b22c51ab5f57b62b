// expect: no-promise-as-value
// The calibration test asserts toBeTruthy on the un-awaited Promise returned by isCalibrated, which is always truthy, so the assertion can never fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface WindingSpec {
  note: string;
  coreMaterial: 'nylon' | 'silk' | 'steel';
  wrapMaterial: 'copper' | 'silver-plated' | 'none';
  targetHz: number;
}

interface Tensiometer {
  measureHz(note: string): Promise<number>;
}

class HarpStringFactory {
  private specs = new Map<string, WindingSpec>();

  constructor(private meter: Tensiometer, private toleranceCents = 5) {}

  register(spec: WindingSpec): void {
    if (spec.coreMaterial === 'nylon' && spec.wrapMaterial === 'silver-plated') {
      throw new Error(`${spec.note}: silver wrap needs a silk or steel core`);
    }
    this.specs.set(spec.note, spec);
  }

  async deviationCents(note: string): Promise<number> {
    const spec = this.specs.get(note);
    if (!spec) throw new Error(`no winding spec for ${note}`);
    const hz = await this.meter.measureHz(note);
    return Math.round(1200 * Math.log2(hz / spec.targetHz));
  }

  async isCalibrated(note: string): Promise<boolean> {
    return Math.abs(await this.deviationCents(note)) <= this.toleranceCents;
  }
}

describe('HarpStringFactory', () => {
  let readings: Record<string, number>;
  let meter: Tensiometer;
  let factory: HarpStringFactory;

  beforeEach(() => {
    readings = { A4: 440.4, C5: 530.1, G3: 196.0 };
    meter = { measureHz: vi.fn(async (note: string) => readings[note]) };
    factory = new HarpStringFactory(meter);
    factory.register({ note: 'A4', coreMaterial: 'nylon', wrapMaterial: 'none', targetHz: 440 });
    factory.register({ note: 'C5', coreMaterial: 'nylon', wrapMaterial: 'none', targetHz: 523.25 });
    factory.register({ note: 'G3', coreMaterial: 'silk', wrapMaterial: 'copper', targetHz: 196.0 });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('measures deviation in cents', async () => {
    await expect(factory.deviationCents('A4')).resolves.toBe(2);
    expect(meter.measureHz).toHaveBeenCalledWith('A4');
  });

  it('treats a string within tolerance as calibrated', () => {
    expect(factory.isCalibrated('A4')).toBeTruthy();
  });

  it('flags a sharp string as out of calibration', async () => {
    expect(await factory.isCalibrated('C5')).toBe(false);
  });

  it('refuses silver wrap on a nylon core', () => {
    expect(() =>
      factory.register({ note: 'D2', coreMaterial: 'nylon', wrapMaterial: 'silver-plated', targetHz: 73.42 }),
    ).toThrow(/silk or steel core/);
  });

  it('rejects unknown notes', async () => {
    await expect(factory.deviationCents('F#7')).rejects.toThrow('no winding spec for F#7');
  });
});
