// expect: none
// The audit append is started before the role check, but its promise is immediately chained with an onRejected handler that logs and yields false, so the early 403/404 returns that never await it cannot cause an unhandled rejection; the success path awaits it before sending the PDF.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

interface Session {
  userId: string;
  orgId: string;
  roles: string[];
}
interface Invoice {
  id: string;
  orgId: string;
  number: string;
  totalCents: number;
}

declare const sessions: { verify(token: string): Promise<Session | null> };
declare const invoices: {
  find(orgId: string, id: string): Promise<Invoice | null>;
  renderPdf(invoice: Invoice, opts?: { signal?: AbortSignal }): Promise<Buffer>;
};
declare const auditLog: {
  append(entry: { actor: string; action: string; target: string; at: string }): Promise<void>;
};

function send(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ error: message }));
}

async function handleInvoiceDownload(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const match = /^\/invoices\/([\w-]+)\.pdf$/.exec(url.pathname);
  if (req.method !== 'GET' || !match) return send(res, 404, 'not found');

  const token = req.headers.authorization?.replace(/^Bearer\s+/i, '') ?? '';
  const session = await sessions.verify(token);
  if (!session) return send(res, 401, 'unauthenticated');

  const audited = auditLog
    .append({ actor: session.userId, action: 'invoice.download', target: match[1], at: new Date().toISOString() })
    .then(
      () => true,
      (err: unknown) => {
        console.error('audit append failed', { invoice: match[1], err });
        return false;
      },
    );

  if (!session.roles.includes('billing')) return send(res, 403, 'forbidden');

  const invoice = await invoices.find(session.orgId, match[1]);
  if (!invoice) return send(res, 404, 'not found');

  const pdf = await invoices.renderPdf(invoice);

  if (!(await audited)) return send(res, 503, 'audit trail unavailable, retry later');
  res.writeHead(200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="invoice-${invoice.number}.pdf"`,
    'content-length': pdf.byteLength,
  });
  res.end(pdf);
}

export function startInvoiceServer(port: number): Server {
  return createServer((req, res) => {
    handleInvoiceDownload(req, res).catch((err: unknown) => {
      console.error('invoice download failed', err);
      if (!res.headersSent) send(res, 500, 'internal error');
      else res.destroy();
    });
  }).listen(port);
}
