// expect: none
// The request handler is a sync function that attaches .catch to handle(), and the audit write is a deliberate fire-and-forget with its own .catch.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

interface AppraisalRequest {
  category: 'jewelry' | 'electronics' | 'instrument' | 'tool';
  description: string;
  condition: 1 | 2 | 3 | 4 | 5;
  weightGrams?: number;
}

declare const pricing: {
  estimate(req: AppraisalRequest): Promise<{ resale: number; loanCeiling: number }>;
};
declare const auditLog: {
  record(entry: { id: string; clerk: string; at: string; offer: number }): Promise<void>;
};

const LOAN_RATIO = 0.6;

async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('payload too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

async function handle(req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'POST' || req.url !== '/appraisals') {
    send(res, 404, { error: 'not found' });
    return;
  }
  const clerk = String(req.headers['x-clerk-id'] ?? 'unknown');
  const item = JSON.parse(await readBody(req)) as AppraisalRequest;
  const { resale, loanCeiling } = await pricing.estimate(item);
  const offer = Math.min(loanCeiling, Math.floor(resale * LOAN_RATIO * (item.condition / 5)));
  const id = randomUUID();

  send(res, 201, { id, offer, resale });

  // Audit trail is best-effort; the counter shouldn't wait on it.
  auditLog
    .record({ id, clerk, at: new Date().toISOString(), offer })
    .catch((err) => console.warn(`audit write failed for ${id}:`, err));
}

export function startAppraisalServer(port = 8085) {
  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('appraisal request failed', err);
      if (!res.headersSent) send(res, 500, { error: 'appraisal failed' });
      else res.destroy();
    });
  });
  server.listen(port);
  return server;
}
