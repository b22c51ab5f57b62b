// expect: require-signal-propagation
// The retry backoff uses timers/promises setTimeout without the caller's signal, so an abort during the backoff still waits out the full delay.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CatalogEntry {
  partNumber: string;
  name: string;
  models: string[];
  priceCents: number;
}

export interface CatalogPage {
  entries: CatalogEntry[];
  next: string | null;
}

export interface FetchCatalogOptions {
  signal?: AbortSignal;
  maxAttempts?: number;
  baseDelayMs?: number;
}

const RETRYABLE = new Set([429, 502, 503, 504]);

async function fetchPage(url: string, options: FetchCatalogOptions): Promise<CatalogPage> {
  const maxAttempts = options.maxAttempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 500;

  for (let attempt = 1; ; attempt++) {
    const res = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: options.signal,
    });
    if (res.ok) {
      return (await res.json()) as CatalogPage;
    }
    if (!RETRYABLE.has(res.status) || attempt >= maxAttempts) {
      throw new Error(`catalog request ${url} failed with ${res.status} after ${attempt} attempt(s)`);
    }
    const retryAfter = Number(res.headers.get('retry-after'));
    const delay = Number.isFinite(retryAfter) && retryAfter > 0
      ? retryAfter * 1000
      : baseDelayMs * 2 ** (attempt - 1);
    await res.body?.cancel();
    await sleep(delay);
  }
}

export async function fetchSupplierCatalog(
  supplierBaseUrl: string,
  model: string,
  options: FetchCatalogOptions = {},
): Promise<CatalogEntry[]> {
  const all: CatalogEntry[] = [];
  let url: string | null = `${supplierBaseUrl}/catalog?model=${encodeURIComponent(model)}`;
  while (url) {
    const page: CatalogPage = await fetchPage(url, options);
    all.push(...page.entries);
    url = page.next;
  }
  return all;
}

export function cheapestPerPart(entries: CatalogEntry[]): Map<string, CatalogEntry> {
  const best = new Map<string, CatalogEntry>();
  for (const e of entries) {
    const current = best.get(e.partNumber);
    if (!current || e.priceCents < current.priceCents) best.set(e.partNumber, e);
  }
  return best;
}
