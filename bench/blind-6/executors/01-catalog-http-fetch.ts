// expect: no-multiple-settle
// A 4xx response from the catalog service hits no branch in the 'end' handler, so the promise never settles and the sync job hangs.
import { get, type IncomingMessage } from 'node:http';

export interface CatalogItem {
  sku: string;
  title: string;
  priceCents: number;
  updatedAt: string;
}

export class CatalogHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`catalog responded ${status}`);
    this.name = 'CatalogHttpError';
  }
}

const CATALOG_HOST = process.env.CATALOG_HOST ?? 'catalog.internal';

function collect(res: IncomingMessage, onDone: (body: string) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => onDone(Buffer.concat(chunks).toString('utf8')));
}

export function fetchCatalogPage(cursor: string | null, pageSize = 200): Promise<{ items: CatalogItem[]; next: string | null }> {
  const qs = new URLSearchParams({ limit: String(pageSize) });
  if (cursor) qs.set('cursor', cursor);

  return new Promise((resolve, reject) => {
    const req = get({ host: CATALOG_HOST, port: 8080, path: `/v2/items?${qs}`, timeout: 15_000 }, (res) => {
      res.on('error', reject);
      collect(res, (body) => {
        const status = res.statusCode ?? 0;
        if (status >= 200 && status < 300) {
          try {
            const parsed = JSON.parse(body) as { items: CatalogItem[]; next_cursor?: string };
            resolve({ items: parsed.items, next: parsed.next_cursor ?? null });
          } catch (err) {
            reject(err);
          }
        } else if (status >= 500 || status === 429) {
          reject(new CatalogHttpError(status, body.slice(0, 500)));
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error('catalog request timed out')));
    req.on('error', reject);
  });
}

export async function syncCatalog(upsert: (items: CatalogItem[]) => Promise<void>): Promise<number> {
  let cursor: string | null = null;
  let total = 0;
  do {
    const page = await fetchCatalogPage(cursor);
    await upsert(page.items);
    total += page.items.length;
    cursor = page.next;
  } while (cursor);
  console.info(`[catalog-sync] upserted ${total} items`);
  return total;
}
