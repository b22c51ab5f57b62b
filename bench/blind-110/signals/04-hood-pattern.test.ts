// expect: none
// pattern() falls back to the cached hood pattern only for ordinary failures and rethrows the original error whenever the signal is aborted or the error is an AbortError.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';

interface HoodPattern {
  species: string;
  sizeCode: string;
  leatherMm: number;
  beakOpeningMm: number;
}

type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

class HoodPatternService {
  constructor(private readonly fetchImpl: FetchLike, private readonly fallback: Map<string, HoodPattern>) {}

  async pattern(species: string, signal?: AbortSignal): Promise<HoodPattern> {
    try {
      const res = await this.fetchImpl(`https://patterns.example/hoods/${encodeURIComponent(species)}`, { signal });
      if (!res.ok) throw new Error(`pattern service returned ${res.status}`);
      return (await res.json()) as HoodPattern;
    } catch (err) {
      if (signal?.aborted || (err instanceof Error && err.name === 'AbortError')) throw err;
      const cached = this.fallback.get(species);
      if (!cached) throw err;
      return cached;
    }
  }
}

const peregrine: HoodPattern = { species: 'peregrine', sizeCode: 'F3', leatherMm: 1.6, beakOpeningMm: 14 };
const harris: HoodPattern = { species: 'harris hawk', sizeCode: 'H5', leatherMm: 1.8, beakOpeningMm: 18 };

describe('HoodPatternService', () => {
  let fallback: Map<string, HoodPattern>;

  before(() => {
    fallback = new Map([['peregrine', peregrine]]);
  });

  after(() => {
    fallback.clear();
  });

  test('returns the live pattern', async () => {
    const svc = new HoodPatternService(async () => Response.json(harris), fallback);
    assert.deepEqual(await svc.pattern('harris hawk'), harris);
  });

  test('falls back to the cached pattern when the service is down', async () => {
    const svc = new HoodPatternService(async () => new Response('down', { status: 503 }), fallback);
    assert.deepEqual(await svc.pattern('peregrine'), peregrine);
  });

  test('surfaces the failure when nothing is cached', async () => {
    const svc = new HoodPatternService(async () => new Response('down', { status: 503 }), fallback);
    await assert.rejects(svc.pattern('goshawk'), /returned 503/);
  });

  test('does not fall back when the fitting is cancelled', async () => {
    const slow: FetchLike = async (_url, init) => {
      await sleep(5_000, undefined, { signal: init?.signal });
      return Response.json(peregrine);
    };
    const svc = new HoodPatternService(slow, fallback);
    const ac = new AbortController();
    const pending = svc.pattern('peregrine', ac.signal);
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });
});
