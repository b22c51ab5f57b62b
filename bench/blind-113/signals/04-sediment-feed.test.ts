// expect: none
// fetchAccretionSeries rethrows an abort untouched and wraps only real transport failures, and the tests await every request and server lifecycle step.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

interface AccretionPoint {
  date: string;
  accretionMm: number;
  surfaceElevationCm: number;
}

class SedimentFeedError extends Error {
  constructor(
    message: string,
    readonly stationId: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SedimentFeedError';
  }
}

async function fetchAccretionSeries(
  baseUrl: string,
  stationId: string,
  options: { signal?: AbortSignal } = {},
): Promise<AccretionPoint[]> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}/stations/${encodeURIComponent(stationId)}/accretion`, { signal: options.signal });
  } catch (err) {
    if (options.signal?.aborted) throw err;
    throw new SedimentFeedError(`could not reach the sediment feed for ${stationId}`, stationId, { cause: err });
  }
  if (!res.ok) throw new SedimentFeedError(`sediment feed answered HTTP ${res.status} for ${stationId}`, stationId);
  const body = (await res.json()) as { points: AccretionPoint[] };
  return body.points.sort((a, b) => a.date.localeCompare(b.date));
}

describe('fetchAccretionSeries', () => {
  let server: Server;
  let baseUrl: string;

  before(async () => {
    server = createServer((req, res) => {
      if (req.url?.startsWith('/stations/SET-09/')) {
        res.writeHead(503).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          points: [
            { date: '2024-09-01', accretionMm: 4.1, surfaceElevationCm: 212.4 },
            { date: '2024-03-01', accretionMm: 2.7, surfaceElevationCm: 211.9 },
          ],
        }),
      );
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.close();
    await once(server, 'close');
  });

  test('returns the surface elevation table in date order', async () => {
    const points = await fetchAccretionSeries(baseUrl, 'SET-02');
    assert.deepEqual(points.map((p) => p.date), ['2024-03-01', '2024-09-01']);
  });

  test('wraps an HTTP failure in SedimentFeedError', async () => {
    await assert.rejects(fetchAccretionSeries(baseUrl, 'SET-09'), { name: 'SedimentFeedError', stationId: 'SET-09' });
  });

  test('lets a cancelled request surface as an AbortError', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await assert.rejects(fetchAccretionSeries(baseUrl, 'SET-02', { signal: ctrl.signal }), { name: 'AbortError' });
  });
});
