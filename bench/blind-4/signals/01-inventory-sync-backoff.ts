// expect: require-signal-propagation
// The back-off sleep between page retries ignores opts.signal, so aborting a sync while it is backing off still waits out the whole delay (up to 30 s) before anything notices the cancellation.
import { setTimeout as sleep } from 'node:timers/promises';

export interface InventoryItem {
  sku: string;
  warehouse: string;
  onHand: number;
  reserved: number;
}

export interface SyncOptions {
  signal?: AbortSignal;
  maxAttempts?: number;
  baseDelayMs?: number;
}

interface InventoryPage {
  items: InventoryItem[];
  next: string | null;
}

declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  warn(msg: string, meta?: Record<string, unknown>): void;
};
declare const inventoryDb: {
  upsertMany(items: InventoryItem[], opts?: { signal?: AbortSignal }): Promise<number>;
};

const RETRYABLE = new Set([429, 502, 503, 504]);

class UpstreamError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamError';
  }
}

async function fetchPage(baseUrl: string, cursor: string | null, signal?: AbortSignal): Promise<InventoryPage> {
  const url = new URL('/v2/inventory', baseUrl);
  if (cursor) url.searchParams.set('cursor', cursor);
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!res.ok) throw new UpstreamError(res.status, `inventory page failed: ${res.status}`);
  return (await res.json()) as InventoryPage;
}

export async function syncInventory(baseUrl: string, opts: SyncOptions = {}): Promise<number> {
  const { signal, maxAttempts = 6, baseDelayMs = 500 } = opts;
  let cursor: string | null = null;
  let written = 0;
  do {
    let page: InventoryPage | undefined;
    for (let attempt = 1; page === undefined; attempt++) {
      try {
        page = await fetchPage(baseUrl, cursor, signal);
      } catch (err) {
        const retryable = err instanceof UpstreamError && RETRYABLE.has(err.status);
        if (!retryable || attempt >= maxAttempts) throw err;
        const delay = Math.min(30_000, baseDelayMs * 2 ** (attempt - 1)) + Math.random() * 250;
        logger.warn('inventory page retry', { cursor, attempt, delay: Math.round(delay) });
        await sleep(delay);
      }
    }
    written += await inventoryDb.upsertMany(page.items, { signal });
    cursor = page.next;
  } while (cursor);
  logger.info('inventory sync complete', { written });
  return written;
}
