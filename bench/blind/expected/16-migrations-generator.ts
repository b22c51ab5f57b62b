// expect: none
// The generator intentionally yields migration functions (not their results); the runner calls and awaits each one in sequence.
interface Db {
  exec(sql: string): Promise<void>;
  recordMigration(name: string): Promise<void>;
  appliedMigrations(): Promise<Set<string>>;
}

type Migration = (db: Db) => Promise<void>;

async function createUsers(db: Db): Promise<void> {
  await db.exec('CREATE TABLE users (id uuid PRIMARY KEY, email text UNIQUE NOT NULL)');
}

async function addUserCreatedAt(db: Db): Promise<void> {
  await db.exec('ALTER TABLE users ADD COLUMN created_at timestamptz NOT NULL DEFAULT now()');
}

async function createSessions(db: Db): Promise<void> {
  await db.exec('CREATE TABLE sessions (token text PRIMARY KEY, user_id uuid REFERENCES users(id))');
}

function* migrations(): Generator<Migration> {
  yield createUsers;
  yield addUserCreatedAt;
  yield createSessions;
}

export async function migrate(db: Db): Promise<number> {
  const applied = await db.appliedMigrations();
  let count = 0;
  for (const migration of migrations()) {
    if (applied.has(migration.name)) continue;
    await migration(db);
    await db.recordMigration(migration.name);
    count++;
  }
  return count;
}
