// expect: no-read-before-settle
// The port is captured in the listen() callback, which only runs after 'listening' fires on a later tick, so baseUrl is built synchronously with port 0 and every request in the suite goes to 127.0.0.1:0 and fails to connect.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac } from 'node:crypto';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function beforeAll(fn: () => Promise<void>): void;
declare function afterAll(fn: () => Promise<void>): void;
declare function expect(actual: unknown): { toBe(expected: unknown): void; toContainEqual(item: unknown): void };

declare function createWebhookHandler(opts: {
  secret: string;
  toleranceSeconds: number;
  onEvent: (event: { id: string; type: string }) => Promise<void>;
}): (req: IncomingMessage, res: ServerResponse) => void;

const SECRET = 'whsec_test_5f1c2a';

function sign(body: string, ts = Math.floor(Date.now() / 1000)): string {
  const sig = createHmac('sha256', SECRET).update(`${ts}.${body}`).digest('hex');
  return `t=${ts},v1=${sig}`;
}

describe('billing webhook receiver', () => {
  let server: Server;
  let port = 0;
  let baseUrl = '';
  const received: Array<{ id: string; type: string }> = [];

  beforeAll(async () => {
    server = createServer(createWebhookHandler({ secret: SECRET, toleranceSeconds: 300, onEvent: async (e) => void received.push(e) }));
    server.listen(0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
    });
    baseUrl = `http://127.0.0.1:${port}/webhooks/billing`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
  });

  it('accepts a correctly signed event', async () => {
    const body = JSON.stringify({ id: 'evt_1', type: 'invoice.paid' });
    const res = await fetch(baseUrl, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-signature': sign(body) },
    });
    expect(res.status).toBe(204);
    expect(received).toContainEqual({ id: 'evt_1', type: 'invoice.paid' });
  });

  it('rejects a signature older than the tolerance', async () => {
    const body = JSON.stringify({ id: 'evt_2', type: 'invoice.paid' });
    const stale = Math.floor(Date.now() / 1000) - 3_600;
    const res = await fetch(baseUrl, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-signature': sign(body, stale) },
    });
    expect(res.status).toBe(400);
  });
});
