// expect: no-uncalled-async-function
// When the report is not cached, the ternary yields buildReport itself rather than calling it, so `await` returns the function, JSON.stringify gives undefined and the client gets an empty 200 body.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface UsageReport {
  tenant: string;
  month: string;
  apiCalls: number;
  storageGb: number;
}

declare const reportCache: {
  has(key: string): boolean;
  get(key: string): Promise<UsageReport>;
  set(key: string, report: UsageReport): Promise<void>;
};
declare const warehouse: {
  sum(metric: 'api_calls' | 'storage_gb', tenant: string, month: string): Promise<number>;
};

export function createReportHandler(tenant: string, month: string) {
  const key = `${tenant}:${month}`;

  const buildReport = async (): Promise<UsageReport> => {
    const [apiCalls, storageGb] = await Promise.all([
      warehouse.sum('api_calls', tenant, month),
      warehouse.sum('storage_gb', tenant, month),
    ]);
    const report = { tenant, month, apiCalls, storageGb };
    await reportCache.set(key, report);
    return report;
  };

  return async (_req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const hit = reportCache.has(key);
    const report = await (hit ? reportCache.get(key) : buildReport);
    res.setHeader('x-report-cache', hit ? 'hit' : 'miss');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(report));
  };
}

export function serveReports(port: number): void {
  createServer((req, res) => {
    const m = /^\/reports\/([\w-]+)\/(\d{4}-\d{2})$/.exec(req.url ?? '');
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    createReportHandler(m[1], m[2])(req, res).catch((err) => {
      console.error('report failed', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  }).listen(port);
}
