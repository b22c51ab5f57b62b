// expect: none
// The quote total and deposit are awaited before they go into the audit log's unknown-typed details and the JSON response body, so the log and the client both get numbers, not Promise objects.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface QuoteRequest {
  yurtId: string;
  nights: number;
  guests: number;
  woodStove: boolean;
}

interface PricingEngine {
  total(req: QuoteRequest): Promise<number>;
  deposit(total: number): Promise<number>;
}

interface AuditLog {
  record(event: string, details: unknown): void;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function isQuoteRequest(body: unknown): body is QuoteRequest {
  const b = body as Partial<QuoteRequest> | null;
  return !!b && typeof b.yurtId === 'string' && Number.isInteger(b.nights) && Number.isInteger(b.guests) && typeof b.woodStove === 'boolean';
}

export function quoteHandler(pricing: PricingEngine, audit: AuditLog) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const body = await readJson(req);
    if (!isQuoteRequest(body) || body.nights < 1 || body.guests < 1) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid quote request' }));
      return;
    }
    const total = await pricing.total(body);
    const deposit = await pricing.deposit(total);
    audit.record('quote', { yurtId: body.yurtId, nights: body.nights, total, deposit });
    res.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({ yurtId: body.yurtId, total, deposit, balanceDue: total - deposit, currency: 'GBP' }),
    );
  };
}

export function startQuoteServer(pricing: PricingEngine, audit: AuditLog, port: number) {
  const handle = quoteHandler(pricing, audit);
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      audit.record('quote-error', { message: (err as Error).message });
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.listen(port);
  return server;
}
