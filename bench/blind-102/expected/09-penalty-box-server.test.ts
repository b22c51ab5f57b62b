// expect: no-uncalled-async-function
// The afterEach hook does `await server.close` without calling it, so the HTTP server started in beforeEach is never closed: listening sockets pile up across tests and the test file never exits.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

interface Penalty {
  skater: string;
  code: 'B' | 'C' | 'F' | 'G' | 'X' | 'P';
  jam: number;
}

class PenaltyBoxServer {
  private readonly penalties: Penalty[] = [];
  private readonly http: Server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/penalties') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        try {
          this.penalties.push(JSON.parse(body) as Penalty);
        } catch {
          res.writeHead(400).end();
          return;
        }
        res.writeHead(201).end();
      });
      return;
    }
    if (req.method === 'GET' && req.url === '/penalties') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(this.penalties));
      return;
    }
    res.writeHead(404).end();
  });

  async listen(): Promise<string> {
    this.http.listen(0, '127.0.0.1');
    await once(this.http, 'listening');
    const { port } = this.http.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    this.http.close();
    await once(this.http, 'close');
  }

  fouledOut(): string[] {
    const counts = new Map<string, number>();
    for (const p of this.penalties) counts.set(p.skater, (counts.get(p.skater) ?? 0) + 1);
    return [...counts].filter(([, n]) => n >= 7).map(([skater]) => skater);
  }
}

describe('PenaltyBoxServer', () => {
  let server: PenaltyBoxServer;
  let baseUrl: string;

  beforeEach(async () => {
    server = new PenaltyBoxServer();
    baseUrl = await server.listen();
  });

  afterEach(async () => {
    await server.close;
  });

  const post = (penalty: Penalty) =>
    fetch(`${baseUrl}/penalties`, { method: 'POST', body: JSON.stringify(penalty) });

  it('records a penalty', async () => {
    const res = await post({ skater: '#12 Slam Dunkin', code: 'B', jam: 3 });
    assert.equal(res.status, 201);
    const list = (await (await fetch(`${baseUrl}/penalties`)).json()) as Penalty[];
    assert.deepEqual(list, [{ skater: '#12 Slam Dunkin', code: 'B', jam: 3 }]);
  });

  it('flags a skater after seven penalties', async () => {
    for (let jam = 1; jam <= 7; jam++) {
      await post({ skater: '#7 Mae Hem', code: 'C', jam });
    }
    assert.deepEqual(server.fouledOut(), ['#7 Mae Hem']);
  });

  it('answers 404 for unknown routes', async () => {
    const res = await fetch(`${baseUrl}/standings`);
    assert.equal(res.status, 404);
  });
});
