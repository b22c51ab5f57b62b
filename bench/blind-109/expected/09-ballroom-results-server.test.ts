// expect: none
// Teardown calls `await service.close()` (with parentheses) and the tests await Promise.all over called functions, so the HTTP server really closes between tests and every request is actually made.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface HeatResult { heat: string; placings: string[] }

class ResultsService {
  private readonly server: Server;
  private readonly results = new Map<string, HeatResult>();

  constructor() {
    this.server = createServer((req, res) => {
      const heat = decodeURIComponent((req.url ?? '').replace(/^\/results\//, ''));
      const result = this.results.get(heat);
      res.writeHead(result ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result ?? { error: `no result for ${heat}` }));
    });
  }

  publish(result: HeatResult): void {
    this.results.set(result.heat, result);
  }

  listen(): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => {
        this.server.off('error', reject);
        resolve((this.server.address() as AddressInfo).port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
      this.server.closeAllConnections();
    });
  }
}

describe('ResultsService', () => {
  let service: ResultsService;
  let base: string;

  beforeEach(async () => {
    service = new ResultsService();
    base = `http://127.0.0.1:${await service.listen()}`;
  });

  afterEach(async () => {
    await service.close();
  });

  const getResult = async (heat: string) => {
    const res = await fetch(`${base}/results/${encodeURIComponent(heat)}`);
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('serves a published heat', async () => {
    service.publish({ heat: 'viennese-final', placings: ['8', '3', '11'] });
    const { status, body } = await getResult('viennese-final');
    assert.equal(status, 200);
    assert.deepEqual(body, { heat: 'viennese-final', placings: ['8', '3', '11'] });
  });

  it('answers 404 for a heat that has not been scored', async () => {
    const { status } = await getResult('paso-semi');
    assert.equal(status, 404);
  });

  it('serves several heats to concurrent readers', async () => {
    service.publish({ heat: 'waltz-r1', placings: ['1', '2'] });
    service.publish({ heat: 'tango-r1', placings: ['2', '1'] });
    const [waltz, tango] = await Promise.all([getResult('waltz-r1'), getResult('tango-r1')]);
    assert.deepEqual([waltz.status, tango.status], [200, 200]);
    assert.deepEqual((tango.body as HeatResult).placings, ['2', '1']);
  });
});
