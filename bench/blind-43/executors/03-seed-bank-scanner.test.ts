// expect: no-multiple-settle
// The test helper's timeout is never cleared when the entry or an error arrives, so a second settle (reject) fires later and keeps the runner alive.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';

interface SeedPacket {
  accession: string;
  species: string;
  seedCount: number;
  moisturePercent: number;
}

interface CatalogueEntry {
  accession: string;
  species: string;
  vault: 'long-term' | 'active' | 'quarantine';
  germinationRate: number;
}

interface ViabilityLab {
  germinationRate(accession: string): Promise<number>;
}

class AccessionCataloguer extends EventEmitter {
  constructor(private readonly lab: ViabilityLab) {
    super();
  }

  submit(packet: SeedPacket): void {
    this.catalogue(packet).then(
      (entry) => this.emit('catalogued', entry),
      (err: unknown) => this.emit('error', err instanceof Error ? err : new Error(String(err))),
    );
  }

  private async catalogue(packet: SeedPacket): Promise<CatalogueEntry> {
    if (packet.seedCount <= 0) throw new Error(`accession ${packet.accession} has no seed`);
    const rate = await this.lab.germinationRate(packet.accession);
    const vault = packet.moisturePercent > 8 ? 'quarantine' : rate >= 0.85 ? 'long-term' : 'active';
    return { accession: packet.accession, species: packet.species, vault, germinationRate: rate };
  }
}

function nextCatalogued(cataloguer: AccessionCataloguer, accession: string, ms = 2000): Promise<CatalogueEntry> {
  return new Promise<CatalogueEntry>((resolve, reject) => {
    const onEntry = (entry: CatalogueEntry) => {
      if (entry.accession !== accession) return;
      cataloguer.off('catalogued', onEntry);
      cataloguer.off('error', onError);
      resolve(entry);
    };
    const onError = (err: Error) => {
      cataloguer.off('catalogued', onEntry);
      cataloguer.off('error', onError);
      reject(err);
    };
    cataloguer.on('catalogued', onEntry);
    cataloguer.on('error', onError);
    setTimeout(() => {
      cataloguer.off('catalogued', onEntry);
      cataloguer.off('error', onError);
      reject(new Error(`no catalogue entry for ${accession} within ${ms}ms`));
    }, ms);
  });
}

describe('AccessionCataloguer', () => {
  let rates: Map<string, number>;
  let cataloguer: AccessionCataloguer;

  beforeEach(() => {
    rates = new Map([
      ['SB-0001', 0.92],
      ['SB-0002', 0.61],
      ['SB-0003', 0.97],
    ]);
    cataloguer = new AccessionCataloguer({
      async germinationRate(accession) {
        const rate = rates.get(accession);
        if (rate === undefined) throw new Error(`no trial on record for ${accession}`);
        return rate;
      },
    });
  });

  it('files dry, viable seed in the long-term vault', async () => {
    const entry = nextCatalogued(cataloguer, 'SB-0001');
    cataloguer.submit({ accession: 'SB-0001', species: 'Primula veris', seedCount: 400, moisturePercent: 5.5 });
    assert.deepEqual(await entry, {
      accession: 'SB-0001',
      species: 'Primula veris',
      vault: 'long-term',
      germinationRate: 0.92,
    });
  });

  it('keeps low-germination accessions in the active collection', async () => {
    const entry = nextCatalogued(cataloguer, 'SB-0002');
    cataloguer.submit({ accession: 'SB-0002', species: 'Silene dioica', seedCount: 150, moisturePercent: 6 });
    assert.equal((await entry).vault, 'active');
  });

  it('quarantines damp packets regardless of viability', async () => {
    const entry = nextCatalogued(cataloguer, 'SB-0003');
    cataloguer.submit({ accession: 'SB-0003', species: 'Trifolium pratense', seedCount: 900, moisturePercent: 11.2 });
    assert.equal((await entry).vault, 'quarantine');
  });

  it('reports accessions with no viability trial as errors', async () => {
    const entry = nextCatalogued(cataloguer, 'SB-0404');
    cataloguer.submit({ accession: 'SB-0404', species: 'Unknown', seedCount: 10, moisturePercent: 4 });
    await assert.rejects(entry, /no trial on record/);
  });
});
