// expect: no-unobserved-promise
// The idempotency lookup is started before the body is read and the signature checked; nothing handles it while the body streams in, and on a bad signature (or oversized body) the handler exits without awaiting it, so a Redis failure becomes an unhandled rejection that crashes the server.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createHmac, timingSafeEqual } from 'node:crypto';

declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts: { EX: number }): Promise<'OK' | null>;
};

declare function enqueueEvent(type: string, payload: unknown): Promise<{ jobId: string }>;

const SECRET = process.env.WEBHOOK_SECRET ?? '';

async function readBody(req: IncomingMessage, limit = 1 << 20): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('payload too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function signatureValid(body: Buffer, header: string | undefined): boolean {
  if (!header?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', SECRET).update(body).digest();
  const given = Buffer.from(header.slice(7), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const deliveryId = req.headers['x-delivery-id'];
  if (typeof deliveryId !== 'string') {
    res.writeHead(400).end('missing delivery id');
    return;
  }
  const seen = redis.get(`webhook:seen:${deliveryId}`);
  const body = await readBody(req);

  if (!signatureValid(body, req.headers['x-signature-256'] as string | undefined)) {
    res.writeHead(401).end('bad signature');
    return;
  }
  if (await seen) {
    res.writeHead(200).end('duplicate');
    return;
  }

  const event = JSON.parse(body.toString('utf8')) as { type: string; data: unknown };
  const { jobId } = await enqueueEvent(event.type, event.data);
  await redis.set(`webhook:seen:${deliveryId}`, jobId, { EX: 60 * 60 * 24 });
  res.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ jobId }));
}

export const server = createServer((req, res) => {
  handle(req, res).catch((err: unknown) => {
    console.error('[webhook] failed', err);
    if (!res.headersSent) res.writeHead(500).end();
  });
});
