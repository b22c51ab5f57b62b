// expect: none
// assert.rejects accepts a function and calls it, so passing the async function references runs each startup path and checks its rejection.
import { describe, it, beforeEach } from 'node:test';
import assert from 'node:assert/strict';

interface AppConfig {
  databaseUrl?: string;
  port?: number;
  jwtSecret?: string;
}

class ConfigError extends Error {
  constructor(
    readonly key: keyof AppConfig,
    message: string,
  ) {
    super(message);
    this.name = 'ConfigError';
  }
}

async function validateConfig(cfg: AppConfig): Promise<Required<AppConfig>> {
  await Promise.resolve();
  if (!cfg.databaseUrl) throw new ConfigError('databaseUrl', 'DATABASE_URL is required');
  if (!cfg.jwtSecret || cfg.jwtSecret.length < 32) throw new ConfigError('jwtSecret', 'JWT_SECRET must be at least 32 chars');
  const port = cfg.port ?? 8080;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new ConfigError('port', `invalid port ${port}`);
  return { databaseUrl: cfg.databaseUrl, jwtSecret: cfg.jwtSecret, port };
}

describe('validateConfig', () => {
  let base: AppConfig;

  beforeEach(() => {
    base = { databaseUrl: 'postgres://app@localhost/app', jwtSecret: 'x'.repeat(40), port: 3000 };
  });

  it('rejects when the database url is missing', async () => {
    const startWithoutDb = async () => validateConfig({ ...base, databaseUrl: undefined });
    await assert.rejects(startWithoutDb, (err: unknown) => {
      assert.ok(err instanceof ConfigError);
      assert.equal(err.key, 'databaseUrl');
      return true;
    });
  });

  it('rejects a short jwt secret', async () => {
    const startWithWeakSecret = async () => validateConfig({ ...base, jwtSecret: 'hunter2' });
    await assert.rejects(startWithWeakSecret, { name: 'ConfigError', key: 'jwtSecret' });
  });

  it('rejects an out-of-range port', async () => {
    await assert.rejects(async () => validateConfig({ ...base, port: 70000 }), /invalid port 70000/);
  });

  it('fills in the default port', async () => {
    const cfg = await validateConfig({ ...base, port: undefined });
    assert.equal(cfg.port, 8080);
  });
});
