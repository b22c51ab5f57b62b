// expect: none
// The async request handler's promise gets a .catch that logs and answers with an error status, so node:http (which ignores the listener's return value) never sees a dropped rejection.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface Invoice {
  id: string;
  customerId: string;
  totalCents: number;
  status: 'draft' | 'open' | 'paid';
}

declare const invoices: {
  findById(id: string, opts?: { signal?: AbortSignal }): Promise<Invoice | null>;
  markPaid(id: string, paymentRef: string): Promise<Invoice>;
};
declare const logger: { info(msg: string, meta?: object): void; error(msg: string, meta?: object): void };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readJson(req: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'payload too large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'invalid JSON body');
  }
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/invoices\/([\w-]+)\/pay$/.exec(url.pathname);
  if (req.method !== 'POST' || !match) throw new HttpError(404, 'not found');

  const body = await readJson(req);
  const paymentRef = (body as { paymentRef?: unknown } | null)?.paymentRef;
  if (typeof paymentRef !== 'string' || paymentRef.length === 0) throw new HttpError(422, 'paymentRef required');

  const invoice = await invoices.findById(match[1]);
  if (!invoice) throw new HttpError(404, `invoice ${match[1]} not found`);
  if (invoice.status === 'paid') {
    send(res, 200, invoice);
    return;
  }
  const updated = await invoices.markPaid(invoice.id, paymentRef);
  logger.info('invoice paid', { id: updated.id, paymentRef });
  send(res, 200, updated);
}

export function startBillingServer(port: number) {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      if (status >= 500) logger.error('request failed', { method: req.method, url: req.url, err });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      send(res, status, { error: status >= 500 ? 'internal error' : (err as Error).message });
    });
  });
  server.listen(port, () => logger.info('billing api listening', { port }));
  return server;
}
