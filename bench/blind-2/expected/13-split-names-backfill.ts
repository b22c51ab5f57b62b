// expect: no-floating-promises
// forEach ignores the promises returned by the async callback, so each batch "finishes" before its updates run; the loop races ahead, db.end() closes the pool while updates are still queued, and those updates reject unhandled ("pool is closed") leaving most rows unmigrated.
declare const db: {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T[]>;
  end(): Promise<void>;
};

interface LegacyUser {
  id: number;
  full_name: string;
}

const PARTICLES = new Set(['van', 'von', 'de', 'da', 'del', 'der', 'di', 'la', 'le']);

export function splitName(fullName: string): { given: string; family: string } {
  const parts = fullName.trim().split(/\s+/);
  if (parts.length === 1) return { given: parts[0], family: '' };
  let familyStart = parts.length - 1;
  while (familyStart > 1 && PARTICLES.has(parts[familyStart - 1].toLowerCase())) familyStart--;
  return { given: parts.slice(0, familyStart).join(' '), family: parts.slice(familyStart).join(' ') };
}

async function backfillBatch(afterId: number, size: number): Promise<number | null> {
  const rows = await db.query<LegacyUser>(
    'select id, full_name from users where id > $1 and given_name is null order by id limit $2',
    [afterId, size],
  );
  if (rows.length === 0) return null;

  rows.forEach(async (row) => {
    const { given, family } = splitName(row.full_name);
    await db.query('update users set given_name = $1, family_name = $2 where id = $3', [given, family, row.id]);
  });
  return rows[rows.length - 1].id;
}

export async function main(batchSize = 500): Promise<void> {
  let cursor = 0;
  let batches = 0;
  const started = Date.now();
  try {
    for (;;) {
      const next = await backfillBatch(cursor, batchSize);
      if (next === null) break;
      cursor = next;
      batches++;
      if (batches % 20 === 0) console.log(`backfilled through id ${cursor} (${batches} batches)`);
    }
    console.log(`done: ${batches} batches in ${Math.round((Date.now() - started) / 1000)}s`);
  } finally {
    await db.end();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error('backfill failed', err);
    process.exit(1);
  },
);
