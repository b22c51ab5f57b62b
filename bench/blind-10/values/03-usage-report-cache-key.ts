// expect: no-promise-as-value
// filtersDigest is async and is interpolated without await, so every cache key ends in "[object Promise]" and a tenant gets whichever filtered report for that month was cached first.
import type { IncomingMessage, ServerResponse } from 'node:http';

declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<'OK'>;
};
declare const warehouse: {
  usage(tenantId: string, filters: ReportFilters): Promise<Array<{ sku: string; region: string; units: number; amountCents: number }>>;
};
declare const sessions: {
  lookup(token: string): Promise<{ tenantId: string; userId: string } | null>;
};

interface ReportFilters {
  month: string;
  region?: string;
  sku?: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function resolveTenant(req: IncomingMessage): Promise<string> {
  const auth = req.headers.authorization ?? '';
  const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
  if (!token) throw new HttpError(401, 'missing bearer token');
  const session = await sessions.lookup(token);
  if (!session) throw new HttpError(401, 'session expired');
  return session.tenantId;
}

function parseFilters(params: URLSearchParams): ReportFilters {
  const month = params.get('month') ?? '';
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new HttpError(400, 'month must be YYYY-MM');
  return { month, region: params.get('region') ?? undefined, sku: params.get('sku') ?? undefined };
}

async function filtersDigest(filters: ReportFilters): Promise<string> {
  const canonical = JSON.stringify([filters.month, filters.region ?? '*', filters.sku ?? '*']);
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Buffer.from(buf).toString('hex').slice(0, 16);
}

function send(res: ServerResponse, status: number, body: string, cache?: 'HIT' | 'MISS'): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    ...(cache ? { 'x-cache': cache } : {}),
  });
  res.end(body);
}

export async function usageReport(req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    const tenantId = await resolveTenant(req);
    const filters = parseFilters(new URL(req.url ?? '/', 'http://internal').searchParams);
    const cacheKey = `usage:${tenantId}:${filters.month}:${filtersDigest(filters)}`;

    const cached = await redis.get(cacheKey);
    if (cached) return send(res, 200, cached, 'HIT');

    const rows = await warehouse.usage(tenantId, filters);
    const totalCents = rows.reduce((sum, r) => sum + r.amountCents, 0);
    const body = JSON.stringify({ tenantId, filters, rows, totalCents });
    await redis.set(cacheKey, body, 'EX', 15 * 60);
    send(res, 200, body, 'MISS');
  } catch (err) {
    const status = err instanceof HttpError ? err.status : 500;
    if (status >= 500) console.error('[usage-report] failed', err);
    send(res, status, JSON.stringify({ error: status >= 500 ? 'internal error' : (err as Error).message }));
  }
}
