// expect: none
// allSettled results are split on status before use: fulfilled values are saved and rejected reasons are reported.
import { writeFile } from 'node:fs/promises';

interface DialListing {
  sku: string;
  style: 'horizontal' | 'vertical' | 'armillary' | 'analemmatic';
  material: string;
  priceCents: number;
}

interface SyncSummary {
  updated: number;
  failed: Array<{ supplier: string; reason: string }>;
}

declare const suppliers: Array<{ name: string; feedUrl: string }>;

async function fetchSupplierFeed(feedUrl: string): Promise<DialListing[]> {
  const res = await fetch(feedUrl, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const listings = (await res.json()) as DialListing[];
  return listings.filter((l) => l.priceCents > 0);
}

export async function syncCatalogue(outFile: string): Promise<SyncSummary> {
  const results = await Promise.allSettled(suppliers.map((s) => fetchSupplierFeed(s.feedUrl)));

  const catalogue: DialListing[] = [];
  const failed: SyncSummary['failed'] = [];

  results.forEach((result, i) => {
    const supplier = suppliers[i].name;
    if (result.status === 'fulfilled') {
      catalogue.push(...result.value);
    } else {
      const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
      failed.push({ supplier, reason });
    }
  });

  if (catalogue.length === 0 && failed.length > 0) {
    throw new Error(`every supplier feed failed: ${failed.map((f) => f.supplier).join(', ')}`);
  }

  catalogue.sort((a, b) => a.style.localeCompare(b.style) || a.priceCents - b.priceCents);
  await writeFile(outFile, JSON.stringify(catalogue, null, 2));
  return { updated: catalogue.length, failed };
}

export async function main(argv: string[]): Promise<number> {
  const out = argv[2] ?? 'catalogue.json';
  try {
    const summary = await syncCatalogue(out);
    console.log(`wrote ${summary.updated} dials to ${out}`);
    for (const f of summary.failed) console.warn(`  skipped ${f.supplier}: ${f.reason}`);
    return summary.failed.length > 0 ? 2 : 0;
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
}
