// expect: none
// Correct: pollHiveWeight passes the signal to both fetch and the poll sleep, and rethrows when the failure was caused by the abort.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

interface ScaleReading {
  hiveId: string;
  grams: number;
  stable: boolean;
}

async function pollHiveWeight(
  baseUrl: string,
  hiveId: string,
  opts: { signal: AbortSignal; intervalMs?: number },
): Promise<ScaleReading> {
  const intervalMs = opts.intervalMs ?? 50;
  for (;;) {
    opts.signal.throwIfAborted();
    try {
      const res = await fetch(`${baseUrl}/hives/${hiveId}/scale`, { signal: opts.signal });
      if (res.ok) {
        const reading = (await res.json()) as ScaleReading;
        if (reading.stable) return reading;
      }
    } catch (err) {
      if (opts.signal.aborted) throw err;
      // scale firmware drops connections while taring; keep polling
    }
    await sleep(intervalMs, undefined, { signal: opts.signal });
  }
}

let server: Server;
let baseUrl: string;
let requestsBeforeStable = 3;

before(async () => {
  let hits = 0;
  server = createServer((req, res) => {
    if (req.url === '/hives/orchard-7/scale') {
      hits++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ hiveId: 'orchard-7', grams: 41_250, stable: hits >= requestsBeforeStable }));
      return;
    }
    if (req.url === '/hives/meadow-2/scale') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ hiveId: 'meadow-2', grams: 0, stable: false }));
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('returns the first stable reading', async (t) => {
  requestsBeforeStable = 3;
  const reading = await pollHiveWeight(baseUrl, 'orchard-7', { signal: t.signal, intervalMs: 10 });
  assert.equal(reading.grams, 41_250);
  assert.equal(reading.stable, true);
});

test('stops polling when the inspection is cancelled', async () => {
  const controller = new AbortController();
  const pending = pollHiveWeight(baseUrl, 'meadow-2', { signal: controller.signal, intervalMs: 10 });
  setTimeout(() => controller.abort(), 60);
  await assert.rejects(pending, { name: 'AbortError' });
});

test('honours an already-aborted signal without hitting the scale', async () => {
  await assert.rejects(
    pollHiveWeight(baseUrl, 'orchard-7', { signal: AbortSignal.abort() }),
    { name: 'AbortError' },
  );
});
