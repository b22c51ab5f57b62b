// expect: require-signal-propagation
// The job's signal is accepted but never checked or forwarded, so cancelling a reindex (or a worker shutdown) lets the loop keep streaming every remaining batch into the index.
interface ProductDoc {
  id: string;
  name: string;
  brand: string;
  categories: string[];
  priceCents: number;
  inStock: boolean;
}

interface JobContext {
  id: string;
  signal: AbortSignal;
  progress(pct: number): void;
  log(msg: string): void;
}

declare const productsDb: {
  /** Keyset-paginated read; the pg driver here has no cancellation support. */
  page(afterId: string | null, limit: number): Promise<ProductDoc[]>;
  count(): Promise<number>;
};

declare const searchIndex: {
  bulkUpsert(index: string, docs: { id: string; body: Record<string, unknown> }[]): Promise<{ errors: number }>;
  swapAlias(alias: string, index: string): Promise<void>;
};

const BATCH = 1_000;

export async function reindexProducts(ctx: JobContext, payload: { alias: string }): Promise<{ indexed: number; failed: number }> {
  const target = `${payload.alias}-${new Date().toISOString().replace(/[:.]/g, '-').toLowerCase()}`;
  const total = await productsDb.count();
  let afterId: string | null = null;
  let indexed = 0;
  let failed = 0;

  ctx.log(`reindexing ${total} products into ${target}`);
  for (;;) {
    const rows = await productsDb.page(afterId, BATCH);
    if (rows.length === 0) break;

    const { errors } = await searchIndex.bulkUpsert(
      target,
      rows.map((p) => ({
        id: p.id,
        body: { name: p.name, brand: p.brand, categories: p.categories, price: p.priceCents / 100, in_stock: p.inStock },
      })),
    );
    failed += errors;
    indexed += rows.length - errors;
    afterId = rows[rows.length - 1].id;
    ctx.progress(Math.min(99, Math.round((indexed / Math.max(1, total)) * 100)));
  }

  if (failed > total * 0.01) {
    throw new Error(`reindex ${ctx.id}: ${failed} documents failed, not swapping alias`);
  }
  await searchIndex.swapAlias(payload.alias, target);
  ctx.progress(100);
  return { indexed, failed };
}
