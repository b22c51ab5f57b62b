// expect: no-promise-as-value
// The test asserts expect(service.isInTune('A4')).toBeTruthy() on the un-awaited Promise<boolean>, which is always truthy, so the check passes even when the string is badly out of tune and the regression it guards against goes unnoticed.
import { describe, it, expect, vi, beforeEach, afterEach, type Mock } from 'vitest';

type Temperament = 'equal' | 'werckmeister-iii' | 'meantone-1/4';

interface PitchSensor {
  measureHz(note: string): Promise<number>;
  disconnect(): Promise<void>;
}

const A4_BAROQUE = 415;
const SEMITONES: Record<string, number> = { C4: -9, E4: -5, G4: -2, A4: 0, C5: 3 };
// Offsets in cents from equal temperament.
const OFFSETS: Record<Temperament, Record<string, number>> = {
  equal: {},
  'werckmeister-iii': { C4: 11.7, E4: 3.9, G4: 7.8, A4: 0, C5: 11.7 },
  'meantone-1/4': { C4: 10.3, E4: -3.4, G4: 3.4, A4: 0, C5: 10.3 },
};

class TemperamentService {
  constructor(
    private readonly sensor: PitchSensor,
    private readonly temperament: Temperament,
    private readonly toleranceCents = 2,
  ) {}

  targetHz(note: string): number {
    const semis = SEMITONES[note];
    if (semis === undefined) throw new Error(`unknown note ${note}`);
    const cents = semis * 100 + (OFFSETS[this.temperament][note] ?? 0);
    return A4_BAROQUE * 2 ** (cents / 1200);
  }

  async offsetCents(note: string): Promise<number> {
    const target = this.targetHz(note);
    const hz = await this.sensor.measureHz(note);
    return 1200 * Math.log2(hz / target);
  }

  async isInTune(note: string): Promise<boolean> {
    return Math.abs(await this.offsetCents(note)) <= this.toleranceCents;
  }

  async close(): Promise<void> {
    await this.sensor.disconnect();
  }
}

describe('TemperamentService (Werckmeister III)', () => {
  let measureHz: Mock<PitchSensor['measureHz']>;
  let disconnect: Mock<PitchSensor['disconnect']>;
  let service: TemperamentService;

  beforeEach(() => {
    measureHz = vi.fn(async () => A4_BAROQUE);
    disconnect = vi.fn(async () => {});
    service = new TemperamentService({ measureHz, disconnect }, 'werckmeister-iii');
  });

  afterEach(async () => {
    await service.close();
    vi.restoreAllMocks();
  });

  it('targets A4 at baroque pitch', () => {
    expect(service.targetHz('A4')).toBeCloseTo(415, 5);
  });

  it('applies the temperament offset to C4', async () => {
    measureHz.mockResolvedValueOnce(service.targetHz('C4'));
    expect(await service.offsetCents('C4')).toBeCloseTo(0, 3);
  });

  it('accepts a string within tolerance', () => {
    measureHz.mockResolvedValueOnce(415.4);
    expect(service.isInTune('A4')).toBeTruthy();
  });

  it('rejects unknown notes', async () => {
    await expect(service.offsetCents('H7')).rejects.toThrow(/unknown note/);
  });

  it('disconnects the sensor on close', async () => {
    await service.close();
    expect(disconnect).toHaveBeenCalled();
  });
});
