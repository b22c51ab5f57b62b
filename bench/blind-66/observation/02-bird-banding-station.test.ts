// expect: none
// Promises started before other work are awaited together through Promise.all in the same statement, and every rejection assertion is awaited.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface BandRecord {
  bandNumber: string;
  species: string;
  wingChordMm: number;
  massG: number;
  recapture: boolean;
}

class BandRegistry {
  private readonly issued = new Map<string, BandRecord>();
  private readonly speciesCodes = new Set(['BCCH', 'AMRO', 'SOSP', 'YRWA']);

  async lookupSpecies(code: string): Promise<string> {
    await Promise.resolve();
    if (!this.speciesCodes.has(code)) throw new Error(`unknown species code ${code}`);
    return code;
  }

  async nextBand(size: '0' | '1A' | '2'): Promise<string> {
    await Promise.resolve();
    return `${size}-${(this.issued.size + 2801).toString().padStart(5, '0')}`;
  }

  async record(entry: BandRecord): Promise<BandRecord> {
    await Promise.resolve();
    if (entry.massG <= 0 || entry.wingChordMm <= 0) {
      throw new RangeError(`band ${entry.bandNumber}: measurements must be positive`);
    }
    const prior = this.issued.get(entry.bandNumber);
    const stored = { ...entry, recapture: prior !== undefined };
    this.issued.set(entry.bandNumber, stored);
    return stored;
  }

  count(): number {
    return this.issued.size;
  }
}

async function processNetRound(
  registry: BandRegistry,
  birds: Array<{ code: string; size: '0' | '1A' | '2'; wing: number; mass: number }>,
): Promise<BandRecord[]> {
  const results: BandRecord[] = [];
  for (const bird of birds) {
    const [species, bandNumber] = await Promise.all([registry.lookupSpecies(bird.code), registry.nextBand(bird.size)]);
    results.push(
      await registry.record({ bandNumber, species, wingChordMm: bird.wing, massG: bird.mass, recapture: false }),
    );
  }
  return results;
}

describe('bird banding station', () => {
  let registry: BandRegistry;

  beforeEach(() => {
    registry = new BandRegistry();
  });

  it('bands a chickadee and a robin from one net round', async () => {
    const records = await processNetRound(registry, [
      { code: 'BCCH', size: '0', wing: 64, mass: 11.2 },
      { code: 'AMRO', size: '2', wing: 131, mass: 77.5 },
    ]);
    assert.equal(records.length, 2);
    assert.equal(registry.count(), 2);
    assert.notEqual(records[0].bandNumber, records[1].bandNumber);
  });

  it('marks a second capture of the same band as a recapture', async () => {
    const first = { bandNumber: '1A-02801', species: 'SOSP', wingChordMm: 62, massG: 19.8, recapture: false };
    const pendingSpecies = registry.lookupSpecies('SOSP');
    const [species, stored] = await Promise.all([pendingSpecies, registry.record(first)]);
    assert.equal(species, 'SOSP');
    assert.equal(stored.recapture, false);

    const again = await registry.record({ ...first, massG: 20.4 });
    assert.equal(again.recapture, true);
  });

  it('rejects an unknown species code before issuing a band', async () => {
    await assert.rejects(
      processNetRound(registry, [{ code: 'XXXX', size: '1A', wing: 70, mass: 12 }]),
      /unknown species code XXXX/,
    );
    assert.equal(registry.count(), 0);
  });

  it('rejects a bird recorded with zero mass', async () => {
    await assert.rejects(
      registry.record({ bandNumber: '0-02801', species: 'YRWA', wingChordMm: 72, massG: 0, recapture: false }),
      RangeError,
    );
  });
});
