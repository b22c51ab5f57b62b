// expect: no-uncalled-async-function
// afterEach does `await harness.close` without calling it, so the HTTP server from beforeEach is never closed and the next beforeEach hits EADDRINUSE (or the run hangs).
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { once } from 'node:events';

interface RepairTicket {
  id: number;
  barcode: string;
  damage: string;
  status: 'queued' | 'on-bench' | 'done';
}

function createRepairQueueServer() {
  const tickets: RepairTicket[] = [];
  let nextId = 1;
  return http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/tickets') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        const { barcode, damage } = JSON.parse(body) as { barcode: string; damage: string };
        const ticket: RepairTicket = { id: nextId++, barcode, damage, status: 'queued' };
        tickets.push(ticket);
        res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify(ticket));
      });
      return;
    }
    if (req.method === 'GET' && req.url === '/tickets') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tickets));
      return;
    }
    res.writeHead(404).end();
  });
}

class Harness {
  server = createRepairQueueServer();
  baseUrl = '';

  async start() {
    this.server.listen(4819, '127.0.0.1');
    await once(this.server, 'listening');
    this.baseUrl = 'http://127.0.0.1:4819';
  }

  async close() {
    this.server.close();
    await once(this.server, 'close');
  }
}

describe('repair queue API', () => {
  let harness: Harness;

  beforeEach(async () => {
    harness = new Harness();
    await harness.start();
  });

  afterEach(async () => {
    await harness.close;
  });

  it('creates a ticket for a damaged book', async () => {
    const res = await fetch(`${harness.baseUrl}/tickets`, {
      method: 'POST',
      body: JSON.stringify({ barcode: '31822004417', damage: 'detached front board' }),
    });
    assert.equal(res.status, 201);
    const ticket = (await res.json()) as RepairTicket;
    assert.equal(ticket.status, 'queued');
  });

  it('lists queued tickets', async () => {
    await fetch(`${harness.baseUrl}/tickets`, {
      method: 'POST',
      body: JSON.stringify({ barcode: '31822009921', damage: 'torn title page' }),
    });
    const list = (await (await fetch(`${harness.baseUrl}/tickets`)).json()) as RepairTicket[];
    assert.equal(list.length, 1);
    assert.equal(list[0].barcode, '31822009921');
  });
});
