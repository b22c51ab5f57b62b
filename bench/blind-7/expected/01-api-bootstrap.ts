// expect: no-uncalled-async-function
// primeRateLimits is listed in Promise.all by reference, so it never runs and the server starts with empty rate-limit buckets.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface RateBucket {
  limit: number;
  windowMs: number;
}

declare const pg: {
  connect(): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
};
declare const redis: {
  connect(): Promise<void>;
  hgetall(key: string): Promise<Record<string, string>>;
};
declare const log: { info(msg: string, meta?: object): void; error(msg: string, err: unknown): void };

const buckets = new Map<string, RateBucket>();

async function runMigrations(): Promise<void> {
  await pg.connect();
  await pg.query('SELECT pg_advisory_lock($1)', [4211]);
  try {
    await pg.query('CALL apply_pending_migrations()');
  } finally {
    await pg.query('SELECT pg_advisory_unlock($1)', [4211]);
  }
}

async function primeRateLimits(): Promise<void> {
  await redis.connect();
  const raw = await redis.hgetall('ratelimits:v2');
  for (const [tenant, spec] of Object.entries(raw)) {
    const [limit, windowMs] = spec.split('/').map(Number);
    buckets.set(tenant, { limit, windowMs });
  }
  log.info('rate limits loaded', { tenants: buckets.size });
}

function handle(req: IncomingMessage, res: ServerResponse): void {
  const tenant = String(req.headers['x-tenant'] ?? 'anonymous');
  const bucket = buckets.get(tenant);
  if (!bucket) {
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ error: 'unknown tenant' }));
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'x-ratelimit-limit': String(bucket.limit) });
  res.end(JSON.stringify({ ok: true }));
}

export async function start(port: number): Promise<void> {
  const started = Date.now();
  try {
    await Promise.all([runMigrations(), primeRateLimits]);
  } catch (err) {
    log.error('bootstrap failed', err);
    process.exitCode = 1;
    return;
  }
  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
  log.info('listening', { port, bootMs: Date.now() - started });
}
