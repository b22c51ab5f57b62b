// expect: none
// assert.rejects and assert.doesNotReject accept an async function and call it themselves, so passing the function references (not their promises) is intended and each case really runs and is awaited.
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface AppConfig {
  port: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  databaseUrl: string;
}

declare function loadConfig(path: string, env?: Record<string, string | undefined>): Promise<AppConfig>;

describe('loadConfig', () => {
  let dir = '';

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cfg-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function writeConfig(body: object): Promise<string> {
    const path = join(dir, 'app.json');
    await writeFile(path, JSON.stringify(body));
    return path;
  }

  test('rejects a missing file with ENOENT', async () => {
    const loadMissing = () => loadConfig(join(dir, 'nope.json'));
    await assert.rejects(loadMissing, { code: 'ENOENT' });
  });

  test('rejects an unknown log level', async () => {
    const path = await writeConfig({ port: 8080, logLevel: 'chatty', databaseUrl: 'postgres://db/app' });
    async function loadChatty() {
      return loadConfig(path);
    }
    await assert.rejects(loadChatty, /logLevel/);
  });

  test('DATABASE_URL from the environment overrides the file', async () => {
    const path = await writeConfig({ port: 8080, logLevel: 'info', databaseUrl: 'postgres://file/app' });
    const cfg = await loadConfig(path, { DATABASE_URL: 'postgres://env/app' });
    assert.equal(cfg.databaseUrl, 'postgres://env/app');
  });

  test('accepts every shipped example config', async () => {
    const examples = [
      { port: 3000, logLevel: 'debug', databaseUrl: 'postgres://localhost/dev' },
      { port: 80, logLevel: 'warn', databaseUrl: 'postgres://prod-db/app?sslmode=require' },
    ];
    for (const example of examples) {
      const path = await writeConfig(example);
      const loadExample = async () => {
        await loadConfig(path);
      };
      await assert.doesNotReject(loadExample);
    }
  });
});
