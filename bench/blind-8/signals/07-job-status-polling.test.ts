// expect: none
// The test hands t.signal to every wait that could block (the listen wait, each fetch, and the poll sleep), so a timed-out or cancelled test stops at once instead of hanging the runner.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';

function startJobServer(pollsUntilDone: number): Server {
  const polls = new Map<string, number>();
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'POST' && url.pathname === '/jobs') {
      const id = randomUUID();
      polls.set(id, 0);
      res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
      return;
    }
    const match = /^\/jobs\/([\w-]+)$/.exec(url.pathname);
    const count = match ? polls.get(match[1]) : undefined;
    if (req.method !== 'GET' || !match || count === undefined) {
      res.writeHead(404).end();
      return;
    }
    polls.set(match[1], count + 1);
    const state = count + 1 >= pollsUntilDone ? 'done' : 'running';
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ state }));
  });
}

test('a submitted job reports done after a few polls', { timeout: 5_000 }, async (t) => {
  const server = startJobServer(3);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening', { signal: t.signal });
  t.after(() => {
    server.close();
  });
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;

  const created = await fetch(`${base}/jobs`, { method: 'POST', signal: t.signal });
  assert.equal(created.status, 202);
  const { id } = (await created.json()) as { id: string };

  const seen: string[] = [];
  for (let i = 0; i < 10; i++) {
    await sleep(25, undefined, { signal: t.signal });
    const res = await fetch(`${base}/jobs/${id}`, { signal: t.signal });
    assert.equal(res.status, 200);
    const { state } = (await res.json()) as { state: string };
    seen.push(state);
    if (state === 'done') break;
  }

  assert.deepEqual(seen, ['running', 'running', 'done']);
});
