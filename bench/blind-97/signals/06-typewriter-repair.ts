// expect: no-leaked-race
// quoteWithTimeout races the supplier fetch against a 30s timer but never clears that timer when the fetch wins, so every quick quote leaves a live timeout that keeps the CLI process from exiting for the rest of the 30 seconds.
import { parseArgs } from 'node:util';

interface SupplierQuote {
  supplier: string;
  sku: string;
  priceCents: number;
  leadDays: number;
}

const SUPPLIERS: Record<string, string> = {
  'platen-works': 'https://platenworks.example.com/api/quote',
  'ribbon-and-reed': 'https://ribbonreed.example.com/v1/quote',
  'olivetti-salvage': 'https://salvage.example.org/quote',
};

const QUOTE_TIMEOUT_MS = 30_000;

async function requestQuote(supplier: string, url: string, sku: string, signal: AbortSignal): Promise<SupplierQuote> {
  const res = await fetch(`${url}?sku=${encodeURIComponent(sku)}`, { signal });
  if (!res.ok) throw new Error(`${supplier}: HTTP ${res.status}`);
  const body = (await res.json()) as { price_cents: number; lead_days: number };
  return { supplier, sku, priceCents: body.price_cents, leadDays: body.lead_days };
}

function quoteWithTimeout(supplier: string, url: string, sku: string): Promise<SupplierQuote> {
  const controller = new AbortController();
  const timedOut = new Promise<never>((_, reject) => {
    setTimeout(() => {
      controller.abort();
      reject(new Error(`${supplier} took longer than ${QUOTE_TIMEOUT_MS / 1000}s`));
    }, QUOTE_TIMEOUT_MS);
  });
  return Promise.race([requestQuote(supplier, url, sku, controller.signal), timedOut]);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'max-lead': { type: 'string', default: '21' } },
  });
  const maxLead = Number(values['max-lead']);
  if (positionals.length === 0) {
    console.error('usage: part-quote [--max-lead DAYS] SKU...');
    return 2;
  }

  for (const sku of positionals) {
    const results = await Promise.allSettled(
      Object.entries(SUPPLIERS).map(([name, url]) => quoteWithTimeout(name, url, sku)),
    );
    const quotes: SupplierQuote[] = [];
    for (const r of results) {
      if (r.status === 'fulfilled') quotes.push(r.value);
      else console.error(`  ! ${r.reason instanceof Error ? r.reason.message : String(r.reason)}`);
    }
    const usable = quotes.filter((q) => q.leadDays <= maxLead).sort((a, b) => a.priceCents - b.priceCents);
    if (usable.length === 0) {
      console.log(`${sku}: no supplier within ${maxLead} days`);
      continue;
    }
    const best = usable[0];
    console.log(`${sku}: ${best.supplier} $${(best.priceCents / 100).toFixed(2)} (${best.leadDays}d)`);
  }
  return 0;
}

process.exitCode = await main();
