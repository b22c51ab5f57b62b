// expect: none
// The caller's signal reaches every fetch, every store write and the pause between pages, so cancelling the sync stops it at whatever step it is in.
import { setTimeout as sleep } from 'node:timers/promises';

export interface OrchidLot {
  lotId: string;
  genus: string;
  species: string;
  grex?: string;
  flowering: boolean;
  citesAppendix: 'I' | 'II' | null;
  estimateGbp: [number, number];
}

interface CataloguePage {
  lots: OrchidLot[];
  next: string | null;
}

export interface CatalogueStore {
  upsertLots(lots: OrchidLot[], opts?: { signal?: AbortSignal }): Promise<number>;
  markWithdrawn(saleId: string, keep: Set<string>, opts?: { signal?: AbortSignal }): Promise<number>;
}

export interface SyncOptions {
  baseUrl: string;
  saleId: string;
  signal: AbortSignal;
  pageDelayMs?: number;
}

export async function syncCatalogue(store: CatalogueStore, opts: SyncOptions): Promise<{ upserted: number; withdrawn: number }> {
  const { signal } = opts;
  const seen = new Set<string>();
  let cursor: string | null = `/sales/${encodeURIComponent(opts.saleId)}/lots?limit=100`;
  let upserted = 0;

  while (cursor) {
    const res = await fetch(new URL(cursor, opts.baseUrl), { signal, headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`catalogue page ${cursor} failed: HTTP ${res.status}`);
    const page = (await res.json()) as CataloguePage;

    const valid = page.lots.filter((lot) => lot.citesAppendix !== 'I');
    for (const lot of valid) seen.add(lot.lotId);
    upserted += await store.upsertLots(valid, { signal });

    cursor = page.next;
    if (cursor) await sleep(opts.pageDelayMs ?? 200, undefined, { signal });
  }

  const withdrawn = await store.markWithdrawn(opts.saleId, seen, { signal });
  return { upserted, withdrawn };
}

export async function syncWithDeadline(store: CatalogueStore, opts: Omit<SyncOptions, 'signal'> & { signal?: AbortSignal; deadlineMs: number }) {
  const deadline = AbortSignal.timeout(opts.deadlineMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, deadline]) : deadline;
  return syncCatalogue(store, { ...opts, signal });
}
