// expect: no-promise-as-value
// In the retuned-bourdon test assert.ok is given the Promise returned by isInTune rather than its value, so the assertion always passes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface Partial {
  name: 'hum' | 'prime' | 'tierce' | 'quint' | 'nominal';
  cents: number;
}

interface SpectrumAnalyser {
  partials(bellId: string): Promise<Partial[]>;
}

class BellTuner {
  constructor(
    private readonly analyser: SpectrumAnalyser,
    private readonly toleranceCents = 5,
  ) {}

  async deviations(bellId: string): Promise<Map<Partial['name'], number>> {
    const partials = await this.analyser.partials(bellId);
    return new Map(partials.map((p) => [p.name, p.cents]));
  }

  async isInTune(bellId: string): Promise<boolean> {
    const dev = await this.deviations(bellId);
    for (const name of ['hum', 'prime', 'tierce', 'nominal'] as const) {
      const cents = dev.get(name);
      if (cents === undefined || Math.abs(cents) > this.toleranceCents) return false;
    }
    return true;
  }
}

const measurements: Record<string, Partial[]> = {
  bourdon: [
    { name: 'hum', cents: -3 },
    { name: 'prime', cents: 1 },
    { name: 'tierce', cents: -4 },
    { name: 'quint', cents: 22 },
    { name: 'nominal', cents: 0 },
  ],
  'treble-47': [
    { name: 'hum', cents: 2 },
    { name: 'prime', cents: -9 },
    { name: 'tierce', cents: 1 },
    { name: 'nominal', cents: 3 },
  ],
};

describe('BellTuner', () => {
  let tuner: BellTuner;
  let requests: string[];

  before(() => {
    requests = [];
    tuner = new BellTuner({
      async partials(bellId) {
        requests.push(bellId);
        const found = measurements[bellId];
        if (!found) throw new Error(`no recording for ${bellId}`);
        return found;
      },
    });
  });

  after(() => {
    requests.length = 0;
  });

  test('reports deviations per partial', async () => {
    const dev = await tuner.deviations('bourdon');
    assert.equal(dev.get('tierce'), -4);
    assert.equal(dev.size, 5);
  });

  test('retuned bourdon is within tolerance', () => {
    assert.ok(tuner.isInTune('bourdon'));
    assert.ok(requests.includes('bourdon'));
  });

  test('treble with a flat prime is out of tune', async () => {
    assert.equal(await tuner.isInTune('treble-47'), false);
  });

  test('unknown bells are an error', async () => {
    await assert.rejects(tuner.isInTune('tenor-2'), /no recording for tenor-2/);
  });
});
