// expect: none
// The forecaster serves cached data only for ordinary failures and rethrows AbortError, and the tests check both behaviours.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';

interface YieldForecast {
  site: string;
  day: string;
  litres: number;
  irradianceKwhM2: number;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

class YieldForecaster {
  private readonly cache = new Map<string, YieldForecast>();

  constructor(
    private readonly fetchFn: FetchLike,
    private readonly baseUrl: string,
    private readonly basinM2: number,
  ) {}

  async forecast(site: string, day: string, signal?: AbortSignal): Promise<YieldForecast> {
    const key = `${site}:${day}`;
    try {
      const res = await this.fetchFn(`${this.baseUrl}/irradiance?site=${site}&day=${day}`, { signal });
      if (!res.ok) throw new Error(`irradiance service returned ${res.status}`);
      const { kwhM2 } = (await res.json()) as { kwhM2: number };
      // a single-basin still yields roughly 0.8 litres per kWh/m² of sunshine
      const result = { site, day, irradianceKwhM2: kwhM2, litres: +(kwhM2 * 0.8 * this.basinM2).toFixed(2) };
      this.cache.set(key, result);
      return result;
    } catch (err) {
      if (err instanceof Error && err.name === 'AbortError') throw err;
      const cached = this.cache.get(key);
      if (cached) return cached;
      throw err;
    }
  }
}

function irradiance(kwhM2: number): Response {
  return new Response(JSON.stringify({ kwhM2 }), { status: 200 });
}

describe('YieldForecaster', () => {
  let calls: { url: string; signal?: AbortSignal | null }[];
  let responses: (() => Promise<Response>)[];
  let forecaster: YieldForecaster;

  before(() => {
    calls = [];
    responses = [];
    forecaster = new YieldForecaster(
      async (url, init) => {
        calls.push({ url, signal: init?.signal });
        init?.signal?.throwIfAborted();
        const next = responses.shift();
        if (!next) throw new Error('unexpected request');
        return next();
      },
      'https://sun.example.test',
      1.5,
    );
  });

  after(() => {
    assert.equal(responses.length, 0, 'all queued responses should be consumed');
  });

  test('computes litres from irradiance', async () => {
    responses.push(async () => irradiance(6.5));
    const f = await forecaster.forecast('wadi-rum', '2024-06-01');
    assert.equal(f.litres, 7.8);
    assert.equal(calls.at(-1)?.url, 'https://sun.example.test/irradiance?site=wadi-rum&day=2024-06-01');
  });

  test('falls back to the cached forecast when the service fails', async () => {
    responses.push(async () => new Response('busy', { status: 502 }));
    const f = await forecaster.forecast('wadi-rum', '2024-06-01');
    assert.equal(f.irradianceKwhM2, 6.5);
  });

  test('does not hide an abort behind the cache', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(forecaster.forecast('wadi-rum', '2024-06-01', controller.signal), {
      name: 'AbortError',
    });
    assert.equal(calls.at(-1)?.signal, controller.signal);
  });
});
