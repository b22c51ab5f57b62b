// expect: none
// The herbarium and germplasm lookups are started together but both are handed to Promise.all immediately, so a rejection from either always has a handler.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface AccessionRow {
  code: string;
  taxon: string;
  originCountry: string;
  seedCount: number;
}

interface HerbariumRecord {
  voucherId: string;
  acceptedName: string;
}

interface GermplasmRecord {
  doi: string;
  lastViabilityPct: number;
}

interface Lookup<T> {
  find(taxon: string): Promise<T>;
}

interface ImportedAccession extends AccessionRow {
  voucherId: string;
  acceptedName: string;
  doi: string;
  needsRegeneration: boolean;
}

class AccessionImporter {
  constructor(
    private readonly herbarium: Lookup<HerbariumRecord>,
    private readonly germplasm: Lookup<GermplasmRecord>,
    private readonly minViabilityPct = 75,
  ) {}

  async importRow(row: AccessionRow): Promise<ImportedAccession> {
    const herbariumLookup = this.herbarium.find(row.taxon);
    const germplasmLookup = this.germplasm.find(row.taxon);
    const [voucher, germplasm] = await Promise.all([herbariumLookup, germplasmLookup]);
    return {
      ...row,
      voucherId: voucher.voucherId,
      acceptedName: voucher.acceptedName,
      doi: germplasm.doi,
      needsRegeneration: germplasm.lastViabilityPct < this.minViabilityPct || row.seedCount < 1500,
    };
  }
}

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

describe('AccessionImporter', () => {
  const calls: string[] = [];
  let importer: AccessionImporter;

  before(() => {
    importer = new AccessionImporter(
      {
        async find(taxon) {
          calls.push(`herbarium:${taxon}`);
          await delay(5);
          if (taxon === 'Triticum monococcum x') throw new Error('voucher not found');
          return { voucherId: `V-${taxon.length}`, acceptedName: taxon.replace(' x', '') };
        },
      },
      {
        async find(taxon) {
          calls.push(`germplasm:${taxon}`);
          if (taxon === 'Oryza glaberrima') throw new Error('germplasm service unavailable');
          return { doi: `10.18730/${taxon.length}`, lastViabilityPct: taxon.startsWith('Hordeum') ? 62 : 91 };
        },
      },
    );
  });

  after(() => {
    calls.length = 0;
  });

  test('merges both lookups into the accession', async () => {
    const row = { code: 'SV-00412', taxon: 'Triticum aestivum', originCountry: 'AM', seedCount: 4200 };
    const imported = await importer.importRow(row);
    assert.equal(imported.acceptedName, 'Triticum aestivum');
    assert.match(imported.doi, /^10\.18730\//);
    assert.equal(imported.needsRegeneration, false);
  });

  test('flags low viability for regeneration', async () => {
    const row = { code: 'SV-00977', taxon: 'Hordeum vulgare', originCountry: 'ET', seedCount: 9000 };
    assert.equal((await importer.importRow(row)).needsRegeneration, true);
  });

  test('fails the row when the germplasm service fails, even while the herbarium is still answering', async () => {
    const row = { code: 'SV-01203', taxon: 'Oryza glaberrima', originCountry: 'ML', seedCount: 3100 };
    await assert.rejects(importer.importRow(row), /germplasm service unavailable/);
  });

  test('fails the row when the voucher is missing', async () => {
    const row = { code: 'SV-01555', taxon: 'Triticum monococcum x', originCountry: 'TR', seedCount: 2000 };
    await assert.rejects(importer.importRow(row), /voucher not found/);
    assert.ok(calls.includes('germplasm:Triticum monococcum x'));
  });
});
