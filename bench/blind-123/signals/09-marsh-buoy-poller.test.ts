// expect: none
// The poller passes its signal to both the fetch and the timers/promises sleep between polls, and the tests check that aborting stops it promptly with an AbortError.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

interface BuoyReading {
  buoy: string;
  salinityPsu: number;
}

async function pollUntilBrackish(
  url: string,
  thresholdPsu: number,
  intervalMs: number,
  signal: AbortSignal,
): Promise<BuoyReading> {
  for (;;) {
    const res = await fetch(url, { signal });
    if (!res.ok) throw new Error(`buoy endpoint ${res.status}`);
    const reading = (await res.json()) as BuoyReading;
    if (reading.salinityPsu <= thresholdPsu) return reading;
    await sleep(intervalMs, undefined, { signal });
  }
}

describe('pollUntilBrackish', () => {
  let server: Server;
  let baseUrl: string;
  let salinity: number;
  let hits = 0;

  before(async () => {
    server = createServer((req, res) => {
      hits++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ buoy: 'creek-mouth-2', salinityPsu: salinity }));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reading`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  test('returns as soon as the ebb brings salinity under the threshold', async () => {
    salinity = 12.5;
    const reading = await pollUntilBrackish(baseUrl, 18, 10, AbortSignal.timeout(2_000));
    assert.deepEqual(reading, { buoy: 'creek-mouth-2', salinityPsu: 12.5 });
  });

  test('keeps polling while the flood tide holds salinity high', async () => {
    salinity = 31;
    hits = 0;
    const controller = new AbortController();
    setTimeout(() => {
      salinity = 16;
    }, 60);
    const reading = await pollUntilBrackish(baseUrl, 18, 20, controller.signal);
    assert.equal(reading.salinityPsu, 16);
    assert.ok(hits >= 2, `expected several polls, got ${hits}`);
  });

  test('stops waiting between polls when aborted', async () => {
    salinity = 33;
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pollUntilBrackish(baseUrl, 18, 10_000, controller.signal), { name: 'AbortError' });
    assert.ok(Date.now() - started < 1_000);
  });
});
