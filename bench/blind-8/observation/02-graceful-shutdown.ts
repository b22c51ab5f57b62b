// expect: none
// Every closer's settled result is passed to failuresOf, which reads each rejected entry's reason, logs it by name and turns it into a non-zero exit code, so no shutdown failure is lost.
import type { Server } from 'node:http';

declare const pgPool: { end(): Promise<void> };
declare const redis: { quit(): Promise<'OK'> };
declare const jobQueue: { close(opts: { drainTimeoutMs: number }): Promise<void> };
declare const logger: {
  info(msg: string, meta?: Record<string, unknown>): void;
  error(msg: string, meta?: Record<string, unknown>): void;
};

interface Closer {
  name: string;
  close: () => Promise<unknown>;
}

interface CloseFailure {
  name: string;
  error: unknown;
}

function failuresOf(closers: readonly Closer[], results: readonly PromiseSettledResult<unknown>[]): CloseFailure[] {
  return results.flatMap((result, i) => (result.status === 'rejected' ? [{ name: closers[i].name, error: result.reason }] : []));
}

function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeIdleConnections();
  });
}

export async function shutdown(server: Server, signalName: NodeJS.Signals): Promise<number> {
  const started = performance.now();
  logger.info('shutdown requested', { signal: signalName });

  const closers: Closer[] = [
    { name: 'http', close: () => closeServer(server) },
    { name: 'queue', close: () => jobQueue.close({ drainTimeoutMs: 10_000 }) },
    { name: 'postgres', close: () => pgPool.end() },
    { name: 'redis', close: () => redis.quit() },
  ];

  const results = await Promise.allSettled(closers.map((c) => c.close()));
  const failures = failuresOf(closers, results);

  for (const { name, error } of failures) {
    logger.error('resource failed to close', {
      resource: name,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }

  logger.info('shutdown finished', {
    ms: Math.round(performance.now() - started),
    failed: failures.map((f) => f.name),
  });
  return failures.length === 0 ? 0 : 1;
}
