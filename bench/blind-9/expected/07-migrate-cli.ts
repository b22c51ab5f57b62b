// expect: none
// The ternary picks which async function to run and the result is called on the next line, so either the plan or the apply step really executes.
import { parseArgs } from 'node:util';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface Migration {
  id: string;
  sql: string;
}

interface StepReport {
  id: string;
  applied: boolean;
  statements: number;
}

declare const warehouse: {
  appliedMigrations(): Promise<Set<string>>;
  explain(sql: string): Promise<{ statements: number }>;
  transaction<T>(fn: (tx: { execute(sql: string): Promise<number> }) => Promise<T>): Promise<T>;
};

async function planMigration(m: Migration): Promise<StepReport> {
  const { statements } = await warehouse.explain(m.sql);
  return { id: m.id, applied: false, statements };
}

async function applyMigration(m: Migration): Promise<StepReport> {
  const statements = await warehouse.transaction(async (tx) => {
    const parts = m.sql.split(/;\s*\n/).filter((s) => s.trim());
    for (const part of parts) await tx.execute(part);
    await tx.execute(`insert into schema_migrations (id) values ('${m.id.replace(/'/g, "''")}')`);
    return parts.length;
  });
  return { id: m.id, applied: true, statements };
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { dir: { type: 'string', default: './migrations' }, 'dry-run': { type: 'boolean', default: false } },
  });
  const dir = values.dir ?? './migrations';
  const step = values['dry-run'] ? planMigration : applyMigration;

  const done = await warehouse.appliedMigrations();
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  for (const file of files) {
    const id = file.replace(/\.sql$/, '');
    if (done.has(id)) continue;
    const report = await step({ id, sql: await readFile(join(dir, file), 'utf8') });
    console.log(`${report.applied ? 'applied' : 'would apply'} ${report.id} (${report.statements} statements)`);
  }
  return 0;
}
