// expect: none
// The file-existence promise is awaited inside assert.ok, so the assertion checks the resolved boolean.

import assert from 'node:assert/strict';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;

declare function runMigrations(dir: string): Promise<string[]>;

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

describe('runMigrations', () => {
  it('writes the lock file after applying migrations', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mig-'));
    try {
      const applied = await runMigrations(dir);
      assert.ok(applied.length > 0);
      assert.ok(await exists(join(dir, 'migrations.lock')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

export {};
