// expect: no-uncalled-async-function
// With ?fresh=1 the handler awaits the recompute function instead of calling it, so the report is never rebuilt and JSON.stringify of a function yields undefined, making Buffer.byteLength throw and the request fail with 500.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface RevenueReport {
  month: string;
  grossCents: number;
  refundsCents: number;
  byPlan: Record<string, number>;
  generatedAt: string;
}

declare const warehouse: {
  query<T>(sql: string, params: unknown[]): Promise<T[]>;
};

const cache = new Map<string, { report: RevenueReport; storedAt: number }>();
const MAX_AGE_MS = 15 * 60_000;

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const month = url.searchParams.get('month');
  if (!month || !/^\d{4}-\d{2}$/.test(month)) {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('month=YYYY-MM required');
    return;
  }
  const forceRefresh = url.searchParams.get('fresh') === '1';

  const recompute = async (): Promise<RevenueReport> => {
    const rows = await warehouse.query<{ plan: string; gross: number; refunds: number }>(
      'SELECT plan, sum(amount_cents) AS gross, sum(refunded_cents) AS refunds FROM charges WHERE to_char(created_at, $1) = $2 GROUP BY plan',
      ['YYYY-MM', month],
    );
    const report: RevenueReport = {
      month,
      grossCents: rows.reduce((n, r) => n + r.gross, 0),
      refundsCents: rows.reduce((n, r) => n + r.refunds, 0),
      byPlan: Object.fromEntries(rows.map((r) => [r.plan, r.gross - r.refunds])),
      generatedAt: new Date().toISOString(),
    };
    cache.set(month, { report, storedAt: Date.now() });
    return report;
  };

  const cached = cache.get(month);
  const fresh = cached && Date.now() - cached.storedAt < MAX_AGE_MS ? cached.report : undefined;
  const report = forceRefresh ? await recompute : (fresh ?? (await recompute()));

  const body = JSON.stringify(report);
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'private, max-age=60',
  });
  res.end(body);
}

export function startReportServer(port: number) {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[reports] request failed', req.url, err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error');
    });
  });
  server.listen(port, () => console.log(`[reports] listening on :${port}`));
  return server;
}
