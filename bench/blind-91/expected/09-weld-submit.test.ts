// expect: no-reused-settled-promise
// retryFlaky() is given the promise from a single submitJob() call and awaits that same promise on each attempt, so after the first rejection every "retry" rethrows the same error without re-submitting.
import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface WeldJob {
  frameId: string;
  tubing: 'steel' | 'titanium' | 'aluminium';
  joints: number;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw);
}

class WeldShopClient {
  constructor(private readonly base: string) {}

  async submitJob(job: WeldJob): Promise<{ ticket: string }> {
    const res = await fetch(`${this.base}/jobs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(job),
    });
    if (!res.ok) throw new Error(`weld shop answered ${res.status}`);
    return (await res.json()) as { ticket: string };
  }
}

async function retryFlaky<T>(pending: Promise<T>, tries = 3, gapMs = 20): Promise<T> {
  let last: unknown;
  for (let i = 0; i < tries; i++) {
    try {
      return await pending;
    } catch (err) {
      last = err;
      await new Promise((r) => setTimeout(r, gapMs));
    }
  }
  throw last;
}

describe('weld shop job submission', () => {
  let server: Server;
  let client: WeldShopClient;
  let received: WeldJob[];
  let failNext: number;

  beforeEach(async () => {
    received = [];
    failNext = 0;
    server = createServer((req, res) => {
      if (failNext > 0) {
        failNext--;
        res.writeHead(503).end();
        return;
      }
      readJson(req).then(
        (body) => {
          received.push(body as WeldJob);
          res
            .writeHead(201, { 'content-type': 'application/json' })
            .end(JSON.stringify({ ticket: `T-${received.length}` }));
        },
        () => res.writeHead(400).end(),
      );
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    client = new WeldShopClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });

  afterEach(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  // the shop's test server occasionally drops connections on CI, so submissions go through retryFlaky
  it('accepts a titanium frame', async () => {
    const { ticket } = await retryFlaky(client.submitJob({ frameId: 'TI-88', tubing: 'titanium', joints: 9 }));
    assert.equal(ticket, 'T-1');
    assert.deepEqual(received, [{ frameId: 'TI-88', tubing: 'titanium', joints: 9 }]);
  });

  it('issues tickets in submission order', async () => {
    const first = await retryFlaky(client.submitJob({ frameId: 'ST-12', tubing: 'steel', joints: 7 }));
    const second = await retryFlaky(client.submitJob({ frameId: 'ST-13', tubing: 'steel', joints: 7 }));
    assert.deepEqual([first.ticket, second.ticket], ['T-1', 'T-2']);
    assert.deepEqual(
      received.map((j) => j.frameId),
      ['ST-12', 'ST-13'],
    );
  });

  it('gives up when the shop stays down', async () => {
    failNext = 10;
    await assert.rejects(
      retryFlaky(client.submitJob({ frameId: 'AL-3', tubing: 'aluminium', joints: 7 })),
      /503/,
    );
    assert.equal(received.length, 0);
  });
});
