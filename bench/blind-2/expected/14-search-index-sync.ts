// expect: none
// The async callback goes through map() and the resulting promises are awaited with Promise.all before the cursor advances; the forEach callback is synchronous, so nothing async is dropped.
declare const db: {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T[]>;
};
declare const search: {
  index(doc: { id: string; body: ProductDoc }): Promise<{ result: 'created' | 'updated' }>;
  delete(id: string): Promise<void>;
};

interface ProductRow {
  id: string;
  name: string;
  brand: string;
  price_cents: number;
  tags: string[];
  deleted: boolean;
  updated_at: Date;
}

interface ProductDoc {
  name: string;
  brand: string;
  price: number;
  tags: string[];
  suggest: string[];
}

function toDoc(row: ProductRow): ProductDoc {
  return {
    name: row.name,
    brand: row.brand,
    price: row.price_cents / 100,
    tags: row.tags.map((t) => t.toLowerCase()),
    suggest: [row.name, `${row.brand} ${row.name}`],
  };
}

export async function syncChangedProducts(since: Date, batchSize = 200): Promise<{ indexed: number; deleted: number; cursor: Date }> {
  let cursor = since;
  let lastId = '';
  let indexed = 0;
  let deleted = 0;
  const seen = new Set<string>();

  for (;;) {
    const rows = await db.query<ProductRow>(
      'select * from products where (updated_at, id) > ($1, $2) order by updated_at, id limit $3',
      [cursor, lastId, batchSize],
    );
    if (rows.length === 0) break;

    rows.forEach((row) => seen.add(row.id));
    await Promise.all(
      rows.map(async (row) => {
        if (row.deleted) {
          await search.delete(row.id);
          deleted++;
        } else {
          await search.index({ id: row.id, body: toDoc(row) });
          indexed++;
        }
      }),
    );
    const last = rows[rows.length - 1];
    cursor = last.updated_at;
    lastId = last.id;
  }

  console.log(`search sync: ${indexed} indexed, ${deleted} deleted, ${seen.size} distinct products`);
  return { indexed, deleted, cursor };
}
