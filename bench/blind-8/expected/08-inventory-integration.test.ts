// expect: no-reused-settled-promise
// The readiness probe starts one fetch before polling and every poll re-awaits it; that fetch fails with ECONNREFUSED while the child server is still booting, so waitUntil sees the same rejection until it times out even after the server is up.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import assert from 'node:assert/strict';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>, timeoutMs?: number): void;
declare function beforeAll(fn: () => Promise<void>, timeoutMs?: number): void;
declare function afterAll(fn: () => Promise<void>): void;

const PORT = 4107;
const BASE = `http://127.0.0.1:${PORT}`;

async function waitUntil(check: () => Promise<boolean>, { timeoutMs = 10_000, intervalMs = 200 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (err) {
      lastError = err;
    }
    await sleep(intervalMs);
  }
  throw new Error(`condition not met within ${timeoutMs}ms`, { cause: lastError });
}

describe('inventory service (integration)', () => {
  let server: ChildProcess | undefined;

  beforeAll(async () => {
    server = spawn(process.execPath, ['dist/server.js'], {
      env: { ...process.env, PORT: String(PORT), DATABASE_URL: 'postgres://localhost/inventory_test' },
      stdio: 'inherit',
    });
    const health = fetch(`${BASE}/healthz`);
    await waitUntil(async () => (await health).ok, { timeoutMs: 15_000 });
  }, 20_000);

  afterAll(async () => {
    if (!server || server.exitCode !== null) return;
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  });

  it('reserves stock and reports the remaining quantity', async () => {
    const res = await fetch(`${BASE}/reservations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'KB-204', qty: 2 }),
    });
    assert.equal(res.status, 201);
    const body = (await res.json()) as { reservationId: string; remaining: number };
    assert.match(body.reservationId, /^res_/);
    assert.ok(body.remaining >= 0);
  });

  it('rejects reservations above available stock', async () => {
    const res = await fetch(`${BASE}/reservations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sku: 'KB-204', qty: 1_000_000 }),
    });
    assert.equal(res.status, 409);
    assert.deepEqual(await res.json(), { error: 'insufficient_stock', sku: 'KB-204' });
  });
});
