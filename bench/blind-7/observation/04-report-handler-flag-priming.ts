// expect: none
// The flag-priming promise has its catch attached where it is created, so the early 401/403 returns that skip `await primed` cannot leave a rejection unhandled; the session lookup is awaited with nothing in between.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface Session {
  userId: string;
  tenant: string;
  scopes: string[];
}

declare const sessions: { lookup(token: string): Promise<Session | null> };
declare const featureFlags: {
  prime(tenant: string): Promise<void>;
  isEnabled(tenant: string, flag: string): boolean;
};
declare const reports: {
  render(tenant: string, reportId: string, opts: { format: 'pdf' | 'csv'; signal: AbortSignal }): Promise<Buffer>;
};

async function handleReport(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://internal');
  const match = /^\/reports\/([\w-]+)$/.exec(url.pathname);
  if (!match) {
    res.writeHead(404).end();
    return;
  }

  const token = req.headers.authorization?.replace(/^Bearer\s+/i, '');
  const tenantHint = req.headers['x-tenant'];
  const primed =
    typeof tenantHint === 'string'
      ? featureFlags.prime(tenantHint).catch((err: unknown) => {
          console.warn(`flag priming for ${tenantHint} failed; using defaults`, err);
        })
      : Promise.resolve();

  const session = token ? await sessions.lookup(token) : null;
  if (!session || session.tenant !== tenantHint) {
    res.writeHead(401, { 'content-type': 'text/plain' }).end('unauthorized');
    return;
  }
  if (!session.scopes.includes('reports:read')) {
    res.writeHead(403).end();
    return;
  }

  await primed;
  const format = featureFlags.isEnabled(session.tenant, 'pdf-reports') && url.searchParams.get('format') === 'pdf' ? 'pdf' : 'csv';
  const controller = new AbortController();
  res.on('close', () => controller.abort());
  const body = await reports.render(session.tenant, match[1], { format, signal: controller.signal });
  res.writeHead(200, {
    'content-type': format === 'pdf' ? 'application/pdf' : 'text/csv',
    'content-length': body.length,
  });
  res.end(body);
}

createServer((req, res) => {
  handleReport(req, res).catch((err: unknown) => {
    console.error('report request failed', err);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
}).listen(Number(process.env.PORT ?? 8080));
