// expect: none
// Every Promise.all element is a call or a promise started just before with no await in between, and async functions are only passed where a mapper function is expected.
export interface Lot {
  id: string;
  saleId: string;
  title: string;
  category: 'furniture' | 'silver' | 'ceramics' | 'paintings' | 'clocks';
  reserveGbp: number;
}

export interface Estimate {
  lowGbp: number;
  highGbp: number;
}

export interface CatalogueEntry {
  lotNumber: number;
  lot: Lot;
  estimate: Estimate;
  provenance: string[];
  imageUrls: string[];
}

declare const lots: {
  forSale(saleId: string): Promise<Lot[]>;
};

declare const appraisal: {
  estimate(lot: Lot): Promise<Estimate>;
};

declare const provenance: {
  history(lotId: string): Promise<string[]>;
};

declare const imageCdn: {
  ensureRenditions(lotId: string, widths: number[]): Promise<void>;
  urls(lotId: string, widths: number[]): string[];
};

declare const printer: {
  typeset(saleId: string, entries: CatalogueEntry[]): Promise<string>;
};

const WIDTHS = [480, 1200, 2400];
const CATEGORY_ORDER: Lot['category'][] = ['paintings', 'furniture', 'clocks', 'silver', 'ceramics'];

async function mapWithConcurrency<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function buildEntry(lot: Lot, index: number): Promise<CatalogueEntry> {
  const renditions = imageCdn.ensureRenditions(lot.id, WIDTHS);
  const [estimate, history] = await Promise.all([appraisal.estimate(lot), provenance.history(lot.id), renditions]);

  if (estimate.lowGbp < lot.reserveGbp) {
    estimate.lowGbp = lot.reserveGbp;
    estimate.highGbp = Math.max(estimate.highGbp, Math.round(lot.reserveGbp * 1.3));
  }

  return {
    lotNumber: index + 1,
    lot,
    estimate,
    provenance: history,
    imageUrls: imageCdn.urls(lot.id, WIDTHS),
  };
}

function byCategoryThenValue(a: Lot, b: Lot): number {
  return CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) || b.reserveGbp - a.reserveGbp;
}

export async function buildCatalogue(saleId: string): Promise<{ pdfPath: string; entries: number }> {
  const ordered = (await lots.forSale(saleId)).sort(byCategoryThenValue);
  if (ordered.length === 0) {
    throw new Error(`Sale ${saleId} has no consigned lots yet`);
  }

  const entries = await mapWithConcurrency(ordered, 6, buildEntry);
  const pdfPath = await printer.typeset(saleId, entries);
  return { pdfPath, entries: entries.length };
}
