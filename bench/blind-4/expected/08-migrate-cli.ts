// expect: none
// The ternary picks between two async functions and the chosen one is then called with the pending migrations and awaited, so --dry-run prints the plan and a normal run really applies the migrations.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface Migration {
  id: string;
  sql: string;
}

interface Db {
  appliedIds(): Promise<Set<string>>;
  transaction<T>(fn: (tx: { exec(sql: string): Promise<void>; record(id: string): Promise<void> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
declare function connect(url: string): Promise<Db>;

type Runner = (db: Db, pending: Migration[]) => Promise<number>;

const planMigrations: Runner = async (_db, pending) => {
  for (const m of pending) console.log(`would apply ${m.id} (${m.sql.split('\n').length} lines)`);
  return 0;
};

const applyMigrations: Runner = async (db, pending) => {
  let applied = 0;
  for (const m of pending) {
    await db.transaction(async (tx) => {
      await tx.exec(m.sql);
      await tx.record(m.id);
    });
    console.log(`applied ${m.id}`);
    applied++;
  }
  return applied;
};

async function loadMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(files.map(async (f) => ({ id: f.replace(/\.sql$/, ''), sql: await readFile(join(dir, f), 'utf8') })));
}

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      dir: { type: 'string', default: 'migrations' },
      url: { type: 'string' },
    },
  });
  const url = values.url ?? process.env.DATABASE_URL;
  if (!url) {
    console.error('missing --url or DATABASE_URL');
    return 2;
  }

  const db = await connect(url);
  try {
    const done = await db.appliedIds();
    const pending = (await loadMigrations(values.dir!)).filter((m) => !done.has(m.id));
    if (pending.length === 0) {
      console.log('database is up to date');
      return 0;
    }
    const run = values['dry-run'] ? planMigrations : applyMigrations;
    const count = await run(db, pending);
    console.log(values['dry-run'] ? `${pending.length} migration(s) pending` : `${count} migration(s) applied`);
    return 0;
  } finally {
    await db.close();
  }
}
