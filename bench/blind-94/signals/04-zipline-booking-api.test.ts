// expect: require-signal-propagation
// waitForHealthy receives a signal and uses it for its sleep but calls fetch without it, so an aborted wait can still hang on a stuck health request.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const PORT = 4815;
const BASE = `http://127.0.0.1:${PORT}`;

async function waitForHealthy(baseUrl: string, signal: AbortSignal): Promise<void> {
  while (true) {
    try {
      const res = await fetch(`${baseUrl}/health`);
      if (res.ok) return;
    } catch {
      // server not listening yet
    }
    signal.throwIfAborted();
    await sleep(100, undefined, { signal });
  }
}

describe('zipline booking API', () => {
  let server: ChildProcess;
  let startup: AbortController;

  beforeEach(async () => {
    server = fork(new URL('./booking-server.js', import.meta.url), [], {
      env: { ...process.env, PORT: String(PORT), RIDER_MAX_KG: '120' },
      stdio: 'pipe',
    });
    startup = new AbortController();
    const exited = once(server, 'exit', { signal: startup.signal }).then(([code]) => {
      throw new Error(`booking server exited early with code ${code}`);
    });
    try {
      await Promise.race([waitForHealthy(BASE, AbortSignal.any([startup.signal, AbortSignal.timeout(5_000)])), exited]);
    } finally {
      startup.abort();
      exited.catch(() => {});
    }
  });

  afterEach(async () => {
    if (server.exitCode === null) {
      const exited = once(server, 'exit');
      server.kill('SIGTERM');
      await exited;
    }
    vi.restoreAllMocks();
  });

  it('books a rider within the weight limit', async () => {
    const res = await fetch(`${BASE}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rider: 'Ana', weightKg: 72, line: 'canopy' }),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ line: 'canopy', status: 'confirmed' });
  });

  it('refuses a rider over the weight limit', async () => {
    const res = await fetch(`${BASE}/bookings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rider: 'Bo', weightKg: 131, line: 'canopy' }),
    });
    expect(res.status).toBe(422);
  });

  it('lists the open lines', async () => {
    const res = await fetch(`${BASE}/lines?open=true`);
    const lines = (await res.json()) as Array<{ id: string }>;
    expect(lines.map((l) => l.id)).toContain('canopy');
  });
});
