// expect: no-uncalled-async-function
// Promise.all is given the two cache warm-up functions themselves instead of their promises, so the desk starts serving before the quota and route caches are loaded.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { once } from 'node:events';

interface PassQuota {
  pass: string;
  dailyYaks: number;
}

interface Route {
  id: string;
  passes: string[];
  days: number;
}

const quotaCache = new Map<string, PassQuota>();
const routeCache = new Map<string, Route>();
const dataDir = process.env.PERMIT_DESK_DATA ?? '/var/lib/permit-desk';

async function warmQuotaCache(): Promise<void> {
  const raw = await readFile(`${dataDir}/quotas.json`, 'utf8');
  quotaCache.clear();
  for (const quota of JSON.parse(raw) as PassQuota[]) {
    quotaCache.set(quota.pass, quota);
  }
}

async function warmRouteCache(): Promise<void> {
  const raw = await readFile(`${dataDir}/routes.json`, 'utf8');
  routeCache.clear();
  for (const route of JSON.parse(raw) as Route[]) {
    routeCache.set(route.id, route);
  }
}

function handleRouteQuote(routeId: string, yaks: number): { status: number; body: unknown } {
  const route = routeCache.get(routeId);
  if (!route) return { status: 404, body: { error: `unknown route ${routeId}` } };
  const blocked = route.passes.filter((p) => (quotaCache.get(p)?.dailyYaks ?? 0) < yaks);
  return {
    status: 200,
    body: { routeId, yaks, days: route.days, blockedPasses: blocked, permitted: blocked.length === 0 },
  };
}

export async function startPermitDesk(port: number): Promise<Server> {
  await Promise.all([warmQuotaCache, warmRouteCache]);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://permit-desk.local');
    const match = /^\/routes\/([\w-]+)\/quote$/.exec(url.pathname);
    if (req.method !== 'GET' || !match) {
      res.writeHead(404).end();
      return;
    }
    const { status, body } = handleRouteQuote(match[1]!, Number(url.searchParams.get('yaks') ?? 1));
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });

  server.listen(port);
  await once(server, 'listening');
  return server;
}

export function cacheStats(): { passes: number; routes: number } {
  return { passes: quotaCache.size, routes: routeCache.size };
}
