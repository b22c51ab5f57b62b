// expect: none
// Every outcome (request error, response error, non-200 status, timeout, parsed body) goes through guarded succeed/fail helpers, so the download settles exactly once.
import { get } from 'node:http';

export interface SeedListing {
  lotCode: string;
  species: string;
  origin: string;
  packets: number;
  germinationRate: number;
}

export interface SeedCatalog {
  exchangeId: string;
  season: string;
  listings: SeedListing[];
}

export class CatalogHttpError extends Error {
  constructor(readonly status: number, readonly url: string) {
    super(`seed catalog request to ${url} failed with HTTP ${status}`);
    this.name = 'CatalogHttpError';
  }
}

function parseCatalog(body: string): SeedCatalog {
  const raw = JSON.parse(body) as Partial<SeedCatalog>;
  if (!raw.exchangeId || !Array.isArray(raw.listings)) {
    throw new Error('seed catalog payload is missing exchangeId or listings');
  }
  return {
    exchangeId: raw.exchangeId,
    season: raw.season ?? 'unknown',
    listings: raw.listings.filter((l) => l.packets > 0),
  };
}

export function downloadCatalog(url: string, timeoutMs = 15_000): Promise<SeedCatalog> {
  return new Promise<SeedCatalog>((resolve, reject) => {
    let settled = false;
    const succeed = (catalog: SeedCatalog) => {
      if (settled) return;
      settled = true;
      resolve(catalog);
    };
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      req.destroy();
      reject(err);
    };

    const req = get(url, { headers: { accept: 'application/json' } }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        fail(new CatalogHttpError(res.statusCode ?? 0, url));
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('error', fail);
      res.once('end', () => {
        try {
          succeed(parseCatalog(Buffer.concat(chunks).toString('utf8')));
        } catch (err) {
          fail(err instanceof Error ? err : new Error(String(err)));
        }
      });
    });

    req.once('error', fail);
    req.setTimeout(timeoutMs, () => fail(new Error(`seed catalog download timed out after ${timeoutMs}ms`)));
  });
}

export function bestGerminators(catalog: SeedCatalog, minRate = 0.8): SeedListing[] {
  return catalog.listings
    .filter((l) => l.germinationRate >= minRate)
    .sort((a, b) => b.germinationRate - a.germinationRate || a.species.localeCompare(b.species));
}
