// expect: no-promise-as-value
// One test asserts assert.ok(notifier.isCritical(...)) on the returned promise, which is always truthy, so the check can never fail.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface AnalyteResult {
  accession: string;
  species: 'canine' | 'feline' | 'equine' | 'bovine';
  analyte: 'K' | 'Ca' | 'GLU' | 'HCT' | 'PLT';
  value: number;
}

interface CriticalRange {
  low: number;
  high: number;
}

interface ThresholdSource {
  rangeFor(species: AnalyteResult['species'], analyte: AnalyteResult['analyte']): Promise<CriticalRange | null>;
}

class CriticalValueNotifier {
  readonly paged: string[] = [];

  constructor(private readonly thresholds: ThresholdSource) {}

  async isCritical(result: AnalyteResult): Promise<boolean> {
    const range = await this.thresholds.rangeFor(result.species, result.analyte);
    if (!range) return false;
    return result.value < range.low || result.value > range.high;
  }

  async process(results: AnalyteResult[]): Promise<number> {
    let pages = 0;
    for (const r of results) {
      if (await this.isCritical(r)) {
        this.paged.push(`${r.accession}:${r.analyte}=${r.value}`);
        pages += 1;
      }
    }
    return pages;
  }
}

const TABLE: Record<string, CriticalRange> = {
  'canine:K': { low: 2.5, high: 7.5 },
  'feline:K': { low: 2.5, high: 7.0 },
  'canine:GLU': { low: 40, high: 600 },
  'feline:GLU': { low: 40, high: 700 },
  'equine:HCT': { low: 15, high: 65 },
};

class InMemoryThresholds implements ThresholdSource {
  lookups = 0;
  async rangeFor(species: AnalyteResult['species'], analyte: AnalyteResult['analyte']) {
    this.lookups += 1;
    return TABLE[`${species}:${analyte}`] ?? null;
  }
}

describe('critical value notifier', () => {
  let thresholds: InMemoryThresholds;
  let notifier: CriticalValueNotifier;

  beforeEach(() => {
    thresholds = new InMemoryThresholds();
    notifier = new CriticalValueNotifier(thresholds);
  });

  it('pages for hyperkalaemia in a blocked cat', async () => {
    const pages = await notifier.process([{ accession: 'A-551', species: 'feline', analyte: 'K', value: 9.1 }]);
    assert.equal(pages, 1);
    assert.deepEqual(notifier.paged, ['A-551:K=9.1']);
  });

  it('treats canine hypoglycaemia below 40 mg/dL as critical', () => {
    assert.ok(notifier.isCritical({ accession: 'A-600', species: 'canine', analyte: 'GLU', value: 31 }));
  });

  it('does not page when the species has no configured range', async () => {
    const pages = await notifier.process([{ accession: 'A-702', species: 'bovine', analyte: 'PLT', value: 5 }]);
    assert.equal(pages, 0);
    assert.equal(thresholds.lookups, 1);
  });

  it('leaves normal equine haematocrit alone', async () => {
    assert.equal(await notifier.isCritical({ accession: 'A-810', species: 'equine', analyte: 'HCT', value: 38 }), false);
  });
});
