// expect: no-uncalled-async-function
// On SIGTERM, Promise.all receives the flushUsageMetrics function itself instead of its promise, so it never runs and buffered usage rows are lost when the process exits.
import type { Server, IncomingMessage, ServerResponse } from 'node:http';
import { once } from 'node:events';
import { appendFile } from 'node:fs/promises';

interface UsageRecord {
  tenantId: string;
  route: string;
  bytes: number;
  at: number;
}

declare const pgPool: {
  query(sql: string, params?: unknown[]): Promise<{ rowCount: number }>;
  end(): Promise<void>;
};
declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

const usageBuffer: UsageRecord[] = [];
const auditLines: string[] = [];
const AUDIT_PATH = process.env.AUDIT_LOG ?? '/var/log/gateway/audit.log';

export function recordUsage(req: IncomingMessage, res: ServerResponse, tenantId: string): void {
  const bytes = Number(res.getHeader('content-length') ?? 0);
  usageBuffer.push({ tenantId, route: req.url ?? '/', bytes, at: Date.now() });
  auditLines.push(`${new Date().toISOString()} ${tenantId} ${req.method} ${req.url} ${res.statusCode}`);
}

async function flushUsageMetrics(): Promise<void> {
  if (usageBuffer.length === 0) return;
  const batch = usageBuffer.splice(0, usageBuffer.length);
  await pgPool.query(
    `INSERT INTO usage (tenant_id, route, bytes, at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::timestamptz[])`,
    [batch.map((r) => r.tenantId), batch.map((r) => r.route), batch.map((r) => r.bytes), batch.map((r) => new Date(r.at))],
  );
  logger.info('usage flushed', { rows: batch.length });
}

async function flushAuditTrail(): Promise<void> {
  if (auditLines.length === 0) return;
  const lines = auditLines.splice(0, auditLines.length);
  await appendFile(AUDIT_PATH, lines.join('\n') + '\n', 'utf8');
}

async function closeServer(server: Server): Promise<void> {
  server.close();
  server.closeIdleConnections();
  await once(server, 'close');
}

async function shutdown(server: Server): Promise<void> {
  await closeServer(server);
  await Promise.all([flushUsageMetrics, flushAuditTrail()]);
  await pgPool.end();
}

export function installShutdownHandler(server: Server, timeoutMs = 10_000): void {
  let shuttingDown = false;
  process.once('SIGTERM', () => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info('SIGTERM received, draining connections');
    const killer = setTimeout(() => {
      logger.error('graceful shutdown timed out', { timeoutMs });
      process.exit(1);
    }, timeoutMs);
    killer.unref();
    shutdown(server).then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error('shutdown failed', { err: String(err) });
        process.exit(1);
      },
    );
  });
}
