// expect: no-multiple-settle
// Bug: getJson never listens for the ClientRequest 'error' event, so a refused/reset connection never settles the promise (it surfaces as an uncaught error instead of a rejection).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface CarouselStatus {
  carousel: number;
  flight: string | null;
  bagsOnBelt: number;
  state: 'idle' | 'running' | 'jammed';
}

const carousels: CarouselStatus[] = [
  { carousel: 1, flight: 'SK1462', bagsOnBelt: 34, state: 'running' },
  { carousel: 2, flight: null, bagsOnBelt: 0, state: 'idle' },
  { carousel: 3, flight: 'FI205', bagsOnBelt: 12, state: 'jammed' },
];

let server: Server;
let baseUrl: string;

function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { accept: 'application/json' } }, (res) => {
      let raw = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        raw += chunk;
      });
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, body: JSON.parse(raw) as T });
        } catch (err) {
          reject(err);
        }
      });
    });
  });
}

before(async () => {
  server = createServer((req, res) => {
    const match = /^\/carousels\/(\d+)$/.exec(req.url ?? '');
    if (req.url === '/carousels') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(carousels));
      return;
    }
    const found = match && carousels.find((c) => c.carousel === Number(match[1]));
    res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(found ?? { error: 'unknown carousel' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
});

after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('lists every carousel on the arrivals floor', async () => {
  const { status, body } = await getJson<CarouselStatus[]>(`${baseUrl}/carousels`);
  assert.equal(status, 200);
  assert.equal(body.length, 3);
});

test('reports a jammed belt', async () => {
  const { body } = await getJson<CarouselStatus>(`${baseUrl}/carousels/3`);
  assert.equal(body.state, 'jammed');
  assert.equal(body.flight, 'FI205');
});

test('unknown carousel is a 404', async () => {
  const { status, body } = await getJson<{ error: string }>(`${baseUrl}/carousels/9`);
  assert.equal(status, 404);
  assert.match(body.error, /unknown/);
});
