// expect: none
// The listen, request and close helpers each handle success, error and timeout paths, parse inside try/catch, and settle exactly once.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';

declare function createBoxOfficeHandler(opts: {
  theatreId: string;
  seatsPerRow: number;
  rows: string[];
}): http.RequestListener;

interface ApiResponse {
  status: number;
  json: any;
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(0, '127.0.0.1');
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeAllConnections();
  });
}

function call(port: number, method: string, path: string, body?: unknown): Promise<ApiResponse> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      { host: '127.0.0.1', port, method, path, headers: payload ? { 'content-type': 'application/json' } : {} },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (raw += chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: raw ? JSON.parse(raw) : null });
          } catch (err) {
            reject(new Error(`Bad JSON from ${method} ${path}: ${raw.slice(0, 80)}`));
          }
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(2_000, () => req.destroy(new Error(`${method} ${path} timed out`)));
    req.end(payload);
  });
}

describe('puppet theatre box office', () => {
  const server = http.createServer(
    createBoxOfficeHandler({ theatreId: 'marionette-hall', seatsPerRow: 12, rows: ['A', 'B', 'C'] }),
  );
  let port = 0;

  before(async () => {
    port = await listen(server);
  });

  after(async () => {
    await close(server);
  });

  it('lists the full seat map for a matinee', async () => {
    const res = await call(port, 'GET', '/shows/punch-and-judy/2024-06-01T14:00/seats');
    assert.equal(res.status, 200);
    assert.equal(res.json.seats.length, 36);
  });

  it('reserves a seat and refuses a second booking for it', async () => {
    const first = await call(port, 'POST', '/reservations', { show: 'punch-and-judy', seat: 'B7' });
    assert.equal(first.status, 201);
    const second = await call(port, 'POST', '/reservations', { show: 'punch-and-judy', seat: 'B7' });
    assert.equal(second.status, 409);
    assert.match(second.json.error, /already reserved/);
  });

  it('rejects seats outside the hall', async () => {
    const res = await call(port, 'POST', '/reservations', { show: 'punch-and-judy', seat: 'Z99' });
    assert.equal(res.status, 400);
  });
});
