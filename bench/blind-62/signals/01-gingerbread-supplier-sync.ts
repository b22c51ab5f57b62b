// expect: require-signal-propagation
// the caller's signal reaches fetch but not the timers/promises backoff sleep, so an abort during the wait is ignored until the sleep ends
import { setTimeout as sleep } from "node:timers/promises";

export interface CandyStock {
  sku: string;
  name: string;
  kind: "gumdrop" | "peppermint" | "licorice" | "sprinkles" | "royal-icing-mix";
  onHand: number;
  leadTimeDays: number;
}

export interface SyncOptions {
  signal?: AbortSignal;
  maxAttempts?: number;
  baseDelayMs?: number;
}

declare const supplierConfig: { baseUrl: string; apiKey: string };
declare const kitCatalog: {
  upsertStock(items: CandyStock[]): Promise<number>;
  skusForSeason(season: string): Promise<string[]>;
};

class SupplierHttpError extends Error {
  constructor(readonly status: number, url: string) {
    super(`supplier responded ${status} for ${url}`);
  }
}

function retryable(err: unknown): boolean {
  if (err instanceof SupplierHttpError) return err.status >= 500 || err.status === 429;
  return err instanceof TypeError;
}

async function fetchStockPage(skus: string[], signal: AbortSignal | undefined): Promise<CandyStock[]> {
  const url = `${supplierConfig.baseUrl}/v2/stock?skus=${encodeURIComponent(skus.join(","))}`;
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${supplierConfig.apiKey}`, accept: "application/json" },
    signal,
  });
  if (!res.ok) throw new SupplierHttpError(res.status, url);
  const body = (await res.json()) as { items: CandyStock[] };
  return body.items;
}

export async function syncSeasonStock(season: string, options: SyncOptions = {}): Promise<number> {
  const { signal, maxAttempts = 5, baseDelayMs = 400 } = options;
  const skus = await kitCatalog.skusForSeason(season);
  const pages: string[][] = [];
  for (let i = 0; i < skus.length; i += 50) pages.push(skus.slice(i, i + 50));

  let updated = 0;
  for (const page of pages) {
    signal?.throwIfAborted();
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        const items = await fetchStockPage(page, signal);
        updated += await kitCatalog.upsertStock(items.filter((i) => i.onHand >= 0));
        break;
      } catch (err) {
        if (!retryable(err) || attempt >= maxAttempts) throw err;
        const jitter = Math.random() * baseDelayMs;
        await sleep(baseDelayMs * 2 ** (attempt - 1) + jitter);
      }
    }
  }
  return updated;
}

export function lowStock(items: CandyStock[], kitsPlanned: number): CandyStock[] {
  return items.filter((i) => i.onHand < kitsPlanned && i.leadTimeDays > 3);
}
