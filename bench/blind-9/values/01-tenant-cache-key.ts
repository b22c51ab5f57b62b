// expect: no-promise-as-value
// reportLocale() is async, so every cache key ends in "[object Promise]"; the first locale to build a report is served from cache to users of every other locale.
import type { IncomingMessage, ServerResponse } from 'node:http';

interface Report {
  id: string;
  title: string;
  rows: Array<{ label: string; value: number }>;
  generatedAt: string;
}

declare const redis: {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, opts: { EX: number }): Promise<'OK'>;
};

declare const reportsDb: {
  build(tenantId: string, reportId: string, opts: { locale: string; signal?: AbortSignal }): Promise<Report>;
};

declare const sessions: {
  lookup(cookie: string): Promise<{ tenantId: string; userId: string } | null>;
};

declare const userPrefs: {
  get(userId: string): Promise<{ locale?: string } | null>;
};

const REPORT_TTL_SECONDS = 300;

async function reportLocale(userId: string, req: IncomingMessage): Promise<string> {
  try {
    const prefs = await userPrefs.get(userId);
    if (prefs?.locale) return prefs.locale;
  } catch {
    // preferences service is best-effort
  }
  return req.headers['accept-language']?.split(',')[0]?.trim() || 'en';
}

export async function handleReport(req: IncomingMessage, res: ServerResponse, reportId: string): Promise<void> {
  try {
    const session = await sessions.lookup(req.headers.cookie ?? '');
    if (!session) {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"not signed in"}');
      return;
    }

    const key = `report:${session.tenantId}:${reportId}:${reportLocale(session.userId, req)}`;
    const cached = await redis.get(key);
    if (cached) {
      res.writeHead(200, { 'content-type': 'application/json', 'x-cache': 'hit' }).end(cached);
      return;
    }

    const locale = await reportLocale(session.userId, req);
    const report = await reportsDb.build(session.tenantId, reportId, { locale });
    const body = JSON.stringify(report);
    await redis.set(key, body, { EX: REPORT_TTL_SECONDS });

    res.writeHead(200, { 'content-type': 'application/json', 'x-cache': 'miss' }).end(body);
  } catch (err) {
    res.writeHead(500, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: (err as Error).message }));
  }
}
