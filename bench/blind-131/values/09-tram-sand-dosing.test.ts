// expect: none
// Every assertion on the async calculator awaits its result first (or hands the promise to assert.rejects), so the tests compare real values.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface ConfigStore {
  get(key: string): Promise<string | undefined>;
  close(): Promise<void>;
}

class SandDosingCalculator {
  constructor(private readonly config: ConfigStore) {}

  async gramsFor(tramClass: string): Promise<number> {
    const raw = await this.config.get(`sanding.dose.${tramClass}`);
    if (raw === undefined) throw new Error(`no sanding dose configured for ${tramClass}`);
    const grams = Number(raw);
    if (!Number.isFinite(grams) || grams <= 0) throw new Error(`bad dose "${raw}" for ${tramClass}`);
    return grams;
  }

  async isWithinLimit(tramClass: string, brakeApplications: number): Promise<boolean> {
    const [dose, limitRaw] = await Promise.all([this.gramsFor(tramClass), this.config.get('sanding.limit.perRun')]);
    const limit = Number(limitRaw ?? '2500');
    return dose * brakeApplications <= limit;
  }
}

function mapStore(entries: Record<string, string>): ConfigStore & { closed: boolean } {
  const store = {
    closed: false,
    async get(key: string) {
      await new Promise((r) => setImmediate(r));
      return entries[key];
    },
    async close() {
      store.closed = true;
    },
  };
  return store;
}

describe('SandDosingCalculator', () => {
  let store: ReturnType<typeof mapStore>;
  let calc: SandDosingCalculator;

  before(() => {
    store = mapStore({
      'sanding.dose.T4': '120',
      'sanding.dose.KT8D5': '180',
      'sanding.dose.broken': 'lots',
      'sanding.limit.perRun': '2400',
    });
    calc = new SandDosingCalculator(store);
  });

  after(async () => {
    await store.close();
    assert.equal(store.closed, true);
  });

  test('returns the configured dose per brake application', async () => {
    assert.equal(await calc.gramsFor('T4'), 120);
    assert.equal(await calc.gramsFor('KT8D5'), 180);
  });

  test('accepts a run that stays under the per-run limit', async () => {
    assert.ok(await calc.isWithinLimit('T4', 20));
  });

  test('flags a run that would empty the hopper', async () => {
    const within = await calc.isWithinLimit('KT8D5', 14);
    assert.equal(within, false);
  });

  test('rejects unknown and malformed tram classes', async () => {
    await assert.rejects(calc.gramsFor('Tatra'), /no sanding dose configured/);
    await assert.rejects(calc.gramsFor('broken'), /bad dose "lots"/);
  });
});
