// expect: no-promise-as-value
// The first test passes the promise returned by isWithinTolerance straight to toBeTruthy, which is always satisfied by a promise object, so the assertion can never fail.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';

interface CableSpec {
  cableId: string;
  nominalKn: number;
  tolerancePct: number;
}

interface SpecStore {
  get(cableId: string): Promise<CableSpec>;
}

class TensionChecker {
  constructor(private readonly specs: SpecStore) {}

  async isWithinTolerance(cableId: string, measuredKn: number): Promise<boolean> {
    const spec = await this.specs.get(cableId);
    const deviation = Math.abs(measuredKn - spec.nominalKn) / spec.nominalKn;
    return deviation * 100 <= spec.tolerancePct;
  }

  async worstCable(readings: Record<string, number>): Promise<string | undefined> {
    let worst: { id: string; ratio: number } | undefined;
    for (const [id, kn] of Object.entries(readings)) {
      const spec = await this.specs.get(id);
      const ratio = Math.abs(kn - spec.nominalKn) / (spec.nominalKn * spec.tolerancePct);
      if (!worst || ratio > worst.ratio) worst = { id, ratio };
    }
    return worst?.id;
  }
}

const SPECS: Record<string, CableSpec> = {
  'haul-1': { cableId: 'haul-1', nominalKn: 40, tolerancePct: 5 },
  'track-2': { cableId: 'track-2', nominalKn: 120, tolerancePct: 2 },
};

describe('TensionChecker', () => {
  const get = vi.fn<(cableId: string) => Promise<CableSpec>>();
  let checker: TensionChecker;

  beforeEach(() => {
    get.mockImplementation(async (id) => {
      const spec = SPECS[id];
      if (!spec) throw new Error(`unknown cable ${id}`);
      return spec;
    });
    checker = new TensionChecker({ get });
  });

  afterEach(() => {
    vi.clearAllMocks();
  });

  it('accepts a haul rope reading inside the band', () => {
    expect(checker.isWithinTolerance('haul-1', 41.2)).toBeTruthy();
    expect(get).toHaveBeenCalledWith('haul-1');
  });

  it('rejects a track rope reading outside the band', async () => {
    await expect(checker.isWithinTolerance('track-2', 124)).resolves.toBe(false);
  });

  it('fails for cables without a spec', async () => {
    await expect(checker.isWithinTolerance('spare-9', 10)).rejects.toThrow('unknown cable spare-9');
  });

  it('names the cable furthest outside its tolerance', async () => {
    const worst = await checker.worstCable({ 'haul-1': 41, 'track-2': 118 });
    expect(worst).toBe('track-2');
  });
});
