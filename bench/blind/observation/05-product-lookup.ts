// expect: no-unobserved-promise
// The database query is started before the cache check, and on a cache hit the function returns without ever awaiting or handling the query promise.
interface Product { sku: string; title: string; price: number }

declare class Pool {
  query<T>(sql: string, params: unknown[]): Promise<{ rows: T[] }>;
}

declare const pool: Pool;

const cache = new Map<string, { value: Product; expires: number }>();

export async function getProduct(sku: string): Promise<Product | undefined> {
  const queryP = pool.query<Product>("SELECT sku, title, price FROM products WHERE sku = $1", [sku]);

  const hit = cache.get(sku);
  if (hit && hit.expires > Date.now()) {
    return hit.value;
  }

  const { rows } = await queryP;
  const product = rows[0];
  if (product) {
    cache.set(sku, { value: product, expires: Date.now() + 60_000 });
  }
  return product;
}

export function invalidateProduct(sku: string): void {
  cache.delete(sku);
}
