// expect: none
// The advisory-lock promise is deliberately memoized with ??= and awaited; applied versions are awaited before being compared or serialized.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createHash } from 'node:crypto';

declare const db: {
  query<T = unknown>(sql: string, params?: unknown[]): Promise<T[]>;
  transaction<T>(fn: () => Promise<T>): Promise<T>;
};

interface MigrationFile {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

interface AppliedRow {
  version: string;
  checksum: string;
}

const LOCK_KEY = 827_364_551;

export class MigrationRunner {
  private lock: Promise<void> | undefined;

  constructor(
    private readonly dir: string,
    private readonly log: (line: string) => void = console.log,
  ) {}

  private acquireLock(): Promise<void> {
    this.lock ??= db.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]).then(() => undefined);
    return this.lock;
  }

  private async releaseLock(): Promise<void> {
    if (!this.lock) return;
    await this.lock;
    this.lock = undefined;
    await db.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]);
  }

  private async loadFiles(): Promise<MigrationFile[]> {
    const names = (await readdir(this.dir)).filter((n) => /^\d{14}_.+\.sql$/.test(n)).sort();
    return Promise.all(
      names.map(async (file) => {
        const sql = await readFile(path.join(this.dir, file), 'utf8');
        const [version, ...rest] = file.replace(/\.sql$/, '').split('_');
        return { version, name: rest.join('_'), sql, checksum: createHash('sha256').update(sql).digest('hex') };
      }),
    );
  }

  async migrate(): Promise<string[]> {
    await this.acquireLock();
    try {
      await db.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version text primary key, checksum text not null, applied_at timestamptz default now())',
      );
      const [files, applied] = await Promise.all([
        this.loadFiles(),
        db.query<AppliedRow>('SELECT version, checksum FROM schema_migrations'),
      ]);
      const appliedByVersion = new Map(applied.map((r) => [r.version, r.checksum]));

      for (const f of files) {
        const prior = appliedByVersion.get(f.version);
        if (prior !== undefined && prior !== f.checksum) {
          throw new Error(`migration ${f.version}_${f.name} was edited after being applied`);
        }
      }

      const pending = files.filter((f) => !appliedByVersion.has(f.version));
      for (const f of pending) {
        await db.transaction(async () => {
          await db.query(f.sql);
          await db.query('INSERT INTO schema_migrations (version, checksum) VALUES ($1, $2)', [f.version, f.checksum]);
        });
        this.log(`applied ${f.version} ${f.name}`);
      }
      this.log(JSON.stringify({ event: 'migrations.done', applied: pending.map((f) => f.version) }));
      return pending.map((f) => f.version);
    } finally {
      await this.releaseLock();
    }
  }
}
