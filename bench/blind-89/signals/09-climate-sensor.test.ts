// expect: none
// Correct: each test owns its AbortController, passes the signal into the call, and asserts that abort surfaces as an AbortError rather than being swallowed.
import { describe, it, beforeEach, afterEach, mock } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface ClimateReading {
  bay: string;
  airTempC: number;
  rhPct: number;
  co2Ppm: number;
}

declare function createClimateClient(baseUrl: string): {
  read(bay: string, opts?: { signal?: AbortSignal }): Promise<ClimateReading>;
  watch(bay: string, opts: { signal: AbortSignal; everyMs: number }): AsyncIterable<ClimateReading>;
};

describe('greenhouse climate client', () => {
  let server: Server;
  let baseUrl: string;
  let delayMs = 0;

  beforeEach(async () => {
    delayMs = 0;
    server = createServer((req, res) => {
      const timer = setTimeout(() => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ bay: 'B3', airTempC: 22.5, rhPct: 68, co2Ppm: 900 }));
      }, delayMs);
      req.once('close', () => clearTimeout(timer));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  it('reads a bay', async () => {
    const client = createClimateClient(baseUrl);
    const reading = await client.read('B3');
    assert.equal(reading.co2Ppm, 900);
  });

  it('rejects with AbortError when the caller aborts mid-request', async () => {
    delayMs = 5_000;
    const client = createClimateClient(baseUrl);
    const ac = new AbortController();
    const pending = client.read('B3', { signal: ac.signal });
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('stops watching when aborted', async () => {
    const client = createClimateClient(baseUrl);
    const ac = new AbortController();
    const onTick = mock.fn();
    await assert.rejects(
      (async () => {
        for await (const reading of client.watch('B3', { signal: ac.signal, everyMs: 10 })) {
          onTick(reading);
          if (onTick.mock.callCount() === 3) ac.abort();
        }
      })(),
      { name: 'AbortError' },
    );
    assert.equal(onTick.mock.callCount(), 3);
  });
});
