// expect: none
// Each warmer reference is invoked inside the map callback (warm(signal)), so Promise.all waits on the real warm-up promises and a failing warmer fails startup.
declare const catalogApi: {
  listProducts(opts: { signal?: AbortSignal; limit?: number }): Promise<Product[]>;
};
declare const flagsApi: {
  fetchAll(opts: { signal?: AbortSignal; environment: string }): Promise<FeatureFlag[]>;
};
declare const redis: {
  mset(entries: Record<string, string>): Promise<'OK'>;
};

interface Product {
  sku: string;
  priceCents: number;
  active: boolean;
}
interface FeatureFlag {
  key: string;
  enabled: boolean;
}

type Warmer = (signal: AbortSignal) => Promise<number>;

async function warmProducts(signal: AbortSignal): Promise<number> {
  const products = await catalogApi.listProducts({ signal, limit: 500 });
  const entries: Record<string, string> = {};
  for (const p of products) {
    if (p.active) entries[`product:${p.sku}`] = JSON.stringify(p);
  }
  if (Object.keys(entries).length > 0) await redis.mset(entries);
  return Object.keys(entries).length;
}

async function warmFlags(signal: AbortSignal): Promise<number> {
  const flags = await flagsApi.fetchAll({ signal, environment: process.env.APP_ENV ?? 'production' });
  await redis.mset({ 'flags:all': JSON.stringify(flags) });
  return flags.length;
}

const warmers: Record<string, Warmer> = {
  products: warmProducts,
  flags: warmFlags,
};

export interface WarmupOptions {
  timeoutMs: number;
  only?: string[];
}

export async function warmCaches(opts: WarmupOptions): Promise<Record<string, number>> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const selected = Object.entries(warmers).filter(([name]) => !opts.only || opts.only.includes(name));
  if (selected.length === 0) {
    console.warn(`[warmup] nothing to warm (only=${opts.only?.join(',')})`);
    return {};
  }
  const started = performance.now();
  const counts = await Promise.all(selected.map(([, warm]) => warm(signal)));
  const summary: Record<string, number> = {};
  selected.forEach(([name], i) => {
    summary[name] = counts[i];
    console.info(`[warmup] ${name}: ${counts[i]} entries`);
  });
  console.info(`[warmup] done in ${Math.round(performance.now() - started)}ms`);
  return summary;
}
