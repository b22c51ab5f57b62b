// expect: none
// Every assertion on an async SalvageSurvey method either awaits the value first or uses expect(...).resolves / .rejects, so no promise is compared in place of its value.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface SonarContact {
  id: string;
  lengthM: number;
  heightM: number;
  magnetometerNt: number;
  lat: number;
  lon: number;
}

interface LeaseArea {
  north: number;
  south: number;
  east: number;
  west: number;
}

interface WreckRegister {
  nearestKnown(lat: number, lon: number): Promise<{ name: string; distanceM: number } | null>;
}

class SalvageSurvey {
  constructor(private readonly register: WreckRegister, private readonly lease: LeaseArea) {}

  async classify(c: SonarContact): Promise<'wreck' | 'debris' | 'geology' | 'known wreck'> {
    const known = await this.register.nearestKnown(c.lat, c.lon);
    if (known && known.distanceM < 50) return 'known wreck';
    if (c.magnetometerNt > 200 && c.lengthM > 15) return 'wreck';
    if (c.magnetometerNt > 50) return 'debris';
    return 'geology';
  }

  async isWithinLease(c: SonarContact): Promise<boolean> {
    const { north, south, east, west } = this.lease;
    return c.lat <= north && c.lat >= south && c.lon <= east && c.lon >= west;
  }

  async claimable(c: SonarContact): Promise<boolean> {
    if (!(await this.isWithinLease(c))) return false;
    return (await this.classify(c)) === 'wreck';
  }
}

const lease: LeaseArea = { north: 50.62, south: 50.55, east: -1.1, west: -1.25 };
const steamer: SonarContact = { id: 'C-17', lengthM: 62, heightM: 6, magnetometerNt: 840, lat: 50.58, lon: -1.2 };
const ledge: SonarContact = { id: 'C-18', lengthM: 30, heightM: 2, magnetometerNt: 4, lat: 50.59, lon: -1.15 };

describe('SalvageSurvey', () => {
  let nearestKnown: ReturnType<typeof vi.fn<WreckRegister['nearestKnown']>>;
  let survey: SalvageSurvey;

  beforeEach(() => {
    nearestKnown = vi.fn<WreckRegister['nearestKnown']>().mockResolvedValue(null);
    survey = new SalvageSurvey({ nearestKnown }, lease);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('classifies a large magnetic contact as a wreck', async () => {
    await expect(survey.classify(steamer)).resolves.toBe('wreck');
  });

  it('recognises a registered wreck nearby', async () => {
    nearestKnown.mockResolvedValueOnce({ name: 'SS Mendi', distanceM: 12 });
    expect(await survey.classify(steamer)).toBe('known wreck');
  });

  it('treats a non-magnetic ledge as geology', async () => {
    expect(await survey.classify(ledge)).toBe('geology');
    expect(await survey.claimable(ledge)).toBe(false);
  });

  it('checks the lease boundary', async () => {
    expect(await survey.isWithinLease(steamer)).toBe(true);
    await expect(survey.isWithinLease({ ...steamer, lon: -1.3 })).resolves.toBe(false);
  });

  it('propagates register outages', async () => {
    nearestKnown.mockRejectedValueOnce(new Error('UKHO register unavailable'));
    await expect(survey.claimable(steamer)).rejects.toThrow(/register unavailable/);
  });
});
