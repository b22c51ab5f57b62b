// expect: no-swallowed-abort
// getJson's catch treats every thrown error as a flaky connection and retries, so an AbortError from the test's signal is retried and finally replaced by a generic "kept failing" error.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface BoardRow {
  poet: string;
  round1: number;
  round2: number | null;
}

async function getJson<T>(url: string, signal: AbortSignal, retries = 3): Promise<T> {
  let lastProblem = 'no attempt made';
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      const res = await fetch(url, { signal });
      if (res.status < 500) return (await res.json()) as T;
      lastProblem = `HTTP ${res.status}`;
    } catch (err) {
      lastProblem = err instanceof Error ? err.message : String(err);
    }
  }
  throw new Error(`GET ${url} kept failing (${lastProblem})`);
}

function scoreboardServer(rows: BoardRow[], warmupRequests: number): Server {
  let seen = 0;
  return createServer((req, res) => {
    seen++;
    if (seen <= warmupRequests) {
      res.writeHead(503, { 'retry-after': '0' }).end();
      return;
    }
    if (req.url === '/board') {
      const sorted = [...rows].sort((a, b) => b.round1 + (b.round2 ?? 0) - (a.round1 + (a.round2 ?? 0)));
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(sorted));
      return;
    }
    res.writeHead(404).end('{}');
  });
}

describe('scoreboard endpoint', () => {
  let server: Server;
  let base: string;

  beforeEach(async () => {
    server = scoreboardServer(
      [
        { poet: 'Ayo', round1: 28.7, round2: 29.1 },
        { poet: 'Bram', round1: 29.3, round2: 27.9 },
        { poet: 'Clementine', round1: 26.0, round2: null },
      ],
      2,
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('ranks poets by cumulative score once warmed up', async (t) => {
    const board = await getJson<BoardRow[]>(`${base}/board`, t.signal);
    assert.deepEqual(
      board.map((r) => r.poet),
      ['Ayo', 'Bram', 'Clementine'],
    );
  });

  it('keeps poets without a second round on the board', async (t) => {
    const board = await getJson<BoardRow[]>(`${base}/board`, t.signal);
    const clem = board.find((r) => r.poet === 'Clementine');
    assert.ok(clem);
    assert.equal(clem.round2, null);
  });

  it('answers 404 for unknown paths', { timeout: 2_000 }, async (t) => {
    const body = await getJson<Record<string, never>>(`${base}/nope`, t.signal);
    assert.deepEqual(body, {});
  });
});
