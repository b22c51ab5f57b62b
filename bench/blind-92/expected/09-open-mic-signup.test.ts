// expect: no-reused-settled-promise
// The test helper retryOn503 takes the started request promise and, on a 503, recurses with that same promise, so it re-reads the same rejection instead of sending a new signup.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

class HttpError extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
  }
}

async function signup(base: string, poet: string): Promise<{ position: number }> {
  const res = await fetch(`${base}/open-mic`, { method: 'POST', body: JSON.stringify({ poet }) });
  if (!res.ok) throw new HttpError(res.status);
  return (await res.json()) as { position: number };
}

async function retryOn503<T>(request: Promise<T>, retries = 3): Promise<T> {
  return request.catch(async (err) => {
    if (!(err instanceof HttpError) || err.status !== 503 || retries === 0) throw err;
    await sleep(20);
    return retryOn503(request, retries - 1);
  });
}

function openMicServer(busyFirst: number): Server {
  const list: string[] = [];
  let requests = 0;
  return createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests++;
      if (requests <= busyFirst) {
        res.writeHead(503).end();
        return;
      }
      const { poet } = JSON.parse(body) as { poet: string };
      if (list.includes(poet)) {
        res.writeHead(409).end();
        return;
      }
      list.push(poet);
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ position: list.length }));
    });
  });
}

describe('open mic signup', () => {
  let server: Server;
  let base: string;

  beforeEach(async () => {
    server = openMicServer(1);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('gets a slot after the server warms up', async () => {
    const { position } = await retryOn503(signup(base, 'Nadia'));
    assert.equal(position, 1);
  });

  it('hands out positions in order', async () => {
    await retryOn503(signup(base, 'Nadia'));
    const second = await retryOn503(signup(base, 'Oluwaseun'));
    assert.equal(second.position, 2);
  });

  it('does not retry a duplicate signup', async () => {
    await retryOn503(signup(base, 'Nadia'));
    await assert.rejects(retryOn503(signup(base, 'Nadia')), (err: HttpError) => err.status === 409);
  });
});
