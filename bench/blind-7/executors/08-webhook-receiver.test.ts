// expect: none
// listen() settles on 'listening' or 'error' and unhooks the other, close() settles from its single callback, and nextDelivery() waits with events.once(), so each helper promise settles exactly once.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => Promise<void>): void;
declare function beforeEach(fn: () => Promise<void>): void;
declare function afterEach(fn: () => Promise<void>): void;
declare function expect<T>(actual: T): { toBe(v: T): void; toEqual(v: unknown): void; toMatch(re: RegExp): void };

declare function sendWebhook(url: string, event: { type: string; data: unknown }, secret: string): Promise<{ attempts: number }>;

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    const onListening = () => {
      server.off('error', onError);
      const { port } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${port}/hooks`);
    };
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(err);
    };
    server.once('listening', onListening);
    server.once('error', onError);
    server.listen(0, '127.0.0.1');
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((err) => (err ? reject(err) : resolve()));
  });
}

interface Delivery {
  headers: IncomingMessage['headers'];
  raw: string;
}

async function nextDelivery(server: Server): Promise<Delivery> {
  const [delivery] = (await once(server, 'delivery')) as [Delivery];
  return delivery;
}

describe('sendWebhook', () => {
  let server: Server;
  let url: string;
  let failuresLeft = 0;

  beforeEach(async () => {
    failuresLeft = 0;
    server = createServer((req, res) => {
      let raw = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        raw += chunk;
      });
      req.on('end', () => {
        res.statusCode = failuresLeft-- > 0 ? 503 : 204;
        res.end();
        server.emit('delivery', { headers: req.headers, raw } satisfies Delivery);
      });
    });
    url = await listen(server);
  });

  afterEach(async () => {
    await close(server);
  });

  it('signs and delivers the event once on success', async () => {
    const [delivery, result] = await Promise.all([
      nextDelivery(server),
      sendWebhook(url, { type: 'invoice.paid', data: { id: 'in_42' } }, 'whsec_test'),
    ]);
    expect(result.attempts).toBe(1);
    expect(JSON.parse(delivery.raw)).toEqual({ type: 'invoice.paid', data: { id: 'in_42' } });
    expect(String(delivery.headers['x-signature'])).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('reports more than one attempt when the receiver first answers 503', async () => {
    failuresLeft = 1;
    const result = await sendWebhook(url, { type: 'invoice.voided', data: { id: 'in_43' } }, 'whsec_test');
    expect(result.attempts).toBe(2);
  });
});
