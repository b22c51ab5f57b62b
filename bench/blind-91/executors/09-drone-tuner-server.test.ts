// expect: none
// listen/close are wrapped with both success and error paths (the error listener is removed once listening), and collectReadings detaches its 'reading' listener after the nth event, so every promise settles once.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';

const CONCERT_PITCH_HZ = 480;

function centsFrom(hz: number, reference = CONCERT_PITCH_HZ): number {
  return Math.round(1200 * Math.log2(hz / reference));
}

function createTunerServer(readings: EventEmitter): Server {
  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const hz = Number(url.searchParams.get('hz'));
    if (url.pathname !== '/tune' || !Number.isFinite(hz) || hz <= 0) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'bad request' }));
      return;
    }
    const drone = url.searchParams.get('drone') ?? 'tenor';
    const cents = centsFrom(hz, drone === 'bass' ? CONCERT_PITCH_HZ / 2 : CONCERT_PITCH_HZ);
    readings.emit('reading', { drone, cents });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ drone, cents }));
  });
}

function listen(server: Server): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
  });
}

function collectReadings(
  readings: EventEmitter,
  n: number,
  signal: AbortSignal = AbortSignal.timeout(2_000),
): Promise<Array<{ drone: string; cents: number }>> {
  return new Promise((resolve, reject) => {
    const seen: Array<{ drone: string; cents: number }> = [];
    const onAbort = () => {
      readings.off('reading', onReading);
      reject(signal.reason);
    };
    const onReading = (r: { drone: string; cents: number }) => {
      seen.push(r);
      if (seen.length < n) return;
      readings.off('reading', onReading);
      signal.removeEventListener('abort', onAbort);
      resolve(seen);
    };
    readings.on('reading', onReading);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

describe('drone tuner service', () => {
  let server: Server;
  let readings: EventEmitter;
  let base: string;

  beforeEach(async () => {
    readings = new EventEmitter();
    server = createTunerServer(readings);
    const port = await listen(server);
    base = `http://127.0.0.1:${port}`;
  });

  afterEach(async () => {
    readings.removeAllListeners();
    await close(server);
  });

  it('reports a tenor drone in tune at concert pitch', async () => {
    const res = await fetch(`${base}/tune?hz=480&drone=tenor`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { drone: 'tenor', cents: 0 });
  });

  it('measures the bass drone an octave down', async () => {
    const res = await fetch(`${base}/tune?hz=242&drone=bass`);
    const body = (await res.json()) as { cents: number };
    assert.equal(body.cents, 14);
  });

  it('rejects a missing frequency', async () => {
    const res = await fetch(`${base}/tune?drone=tenor`);
    assert.equal(res.status, 400);
    await res.body?.cancel();
  });

  it('emits a reading for each drone in the set', async () => {
    const three = collectReadings(readings, 3);
    for (const [drone, hz] of [['tenor', 478], ['tenor', 481], ['bass', 240]] as const) {
      const res = await fetch(`${base}/tune?hz=${hz}&drone=${drone}`);
      await res.json();
    }
    const got = await three;
    assert.deepEqual(got.map((r) => r.drone), ['tenor', 'tenor', 'bass']);
    assert.ok(got.every((r) => Math.abs(r.cents) < 10));
  });
});
