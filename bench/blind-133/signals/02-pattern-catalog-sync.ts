// expect: require-signal-propagation
// The retry backoff sleeps with an uncancellable timer even though the function holds options.signal, so aborting a sync can be delayed by up to the full backoff.
import { setTimeout as sleep } from 'node:timers/promises';
import { writeFile } from 'node:fs/promises';

export interface MarblingPattern {
  slug: string;
  family: 'stone' | 'nonpareil' | 'bouquet' | 'gel-git' | 'spanish-wave';
  combPasses: number;
  pigments: string[];
}

export interface SyncOptions {
  signal: AbortSignal;
  pageSize?: number;
  maxAttempts?: number;
}

interface CatalogPage {
  patterns: MarblingPattern[];
  next?: string;
}

class PermanentCatalogError extends Error {
  override name = 'PermanentCatalogError';
}

async function fetchPage(url: string, signal: AbortSignal, maxAttempts: number): Promise<CatalogPage> {
  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
      if (res.ok) return (await res.json()) as CatalogPage;
      await res.body?.cancel();
      if (res.status !== 429 && res.status < 500) {
        throw new PermanentCatalogError(`catalog request failed: ${res.status}`);
      }
      throw new Error(`catalog answered ${res.status}`);
    } catch (err) {
      if (signal.aborted || err instanceof PermanentCatalogError || attempt >= maxAttempts) throw err;
      await sleep(500 * attempt);
    }
  }
}

export async function syncPatternCatalog(
  baseUrl: string,
  targetFile: string,
  options: SyncOptions,
): Promise<number> {
  const { signal, pageSize = 100, maxAttempts = 4 } = options;
  const patterns: MarblingPattern[] = [];
  let url: string | undefined = `${baseUrl}/patterns?limit=${pageSize}`;

  while (url) {
    const page: CatalogPage = await fetchPage(url, signal, maxAttempts);
    patterns.push(...page.patterns);
    url = page.next ? new URL(page.next, baseUrl).toString() : undefined;
  }

  patterns.sort((a, b) => a.family.localeCompare(b.family) || a.slug.localeCompare(b.slug));
  await writeFile(targetFile, JSON.stringify(patterns, null, 2), { encoding: 'utf8', signal });
  return patterns.length;
}
