// expect: none
// Every helper promise settles exactly once: listen/close go through their callbacks with error paths, and waitForEvent clears its timer and listener on both outcomes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';

class SeatLockService extends EventEmitter {
  private locks = new Map<string, { holder: string; expiresAt: number }>();

  constructor(private readonly ttlMs: number) {
    super();
  }

  lock(seat: string, holder: string): boolean {
    const now = Date.now();
    const current = this.locks.get(seat);
    if (current && current.expiresAt > now && current.holder !== holder) return false;
    this.locks.set(seat, { holder, expiresAt: now + this.ttlMs });
    setTimeout(() => {
      const lock = this.locks.get(seat);
      if (lock && lock.expiresAt <= Date.now()) {
        this.locks.delete(seat);
        this.emit('released', seat);
      }
    }, this.ttlMs + 5).unref();
    return true;
  }
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once('error', onError);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: http.Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
  });
}

function waitForEvent<T>(emitter: EventEmitter, event: string, timeoutMs: number, accept: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve, reject) => {
    const onEvent = (value: T) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      emitter.off(event, onEvent);
      resolve(value);
    };
    const timer = setTimeout(() => {
      emitter.off(event, onEvent);
      reject(new Error(`timed out after ${timeoutMs}ms waiting for "${event}"`));
    }, timeoutMs);
    emitter.on(event, onEvent);
  });
}

const service = new SeatLockService(40);
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const seat = url.searchParams.get('seat');
  const holder = req.headers['x-holder'];
  if (req.method !== 'POST' || url.pathname !== '/locks' || !seat || typeof holder !== 'string') {
    res.writeHead(400).end();
    return;
  }
  const ok = service.lock(seat, holder);
  res.writeHead(ok ? 201 : 409, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ seat, locked: ok }));
});
let baseUrl = '';

before(async () => {
  const port = await listen(server);
  baseUrl = `http://127.0.0.1:${port}`;
});

after(() => close(server));

test('a second patron cannot lock a held seat', async () => {
  const first = await fetch(`${baseUrl}/locks?seat=C12`, { method: 'POST', headers: { 'x-holder': 'ana' } });
  const second = await fetch(`${baseUrl}/locks?seat=C12`, { method: 'POST', headers: { 'x-holder': 'ben' } });
  assert.equal(first.status, 201);
  assert.equal(second.status, 409);
});

test('an expired hold is released and announced', async () => {
  const released = waitForEvent<string>(service, 'released', 500, (seat) => seat === 'F3');
  const res = await fetch(`${baseUrl}/locks?seat=F3`, { method: 'POST', headers: { 'x-holder': 'cleo' } });
  assert.equal(res.status, 201);
  assert.equal(await released, 'F3');
});
