// expect: no-uncalled-async-function
// flushMetrics is listed without being called, so Promise.all resolves it as a plain value, the buffered metrics are never sent, and process.exit drops them.
import type { Server } from 'node:http';

declare const pgPool: { end(): Promise<void> };
declare const statsd: {
  buffer: string[];
  send(lines: string[]): Promise<void>;
};
declare const kafkaProducer: { disconnect(): Promise<void> };

async function flushMetrics(): Promise<void> {
  if (statsd.buffer.length === 0) return;
  const pending = statsd.buffer.splice(0);
  try {
    await statsd.send(pending);
  } catch (err) {
    console.error(`[shutdown] dropped ${pending.length} metric lines`, err);
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeIdleConnections();
  });
}

export function installShutdown(server: Server, graceMs = 10_000): void {
  let shuttingDown = false;

  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.info(`[shutdown] ${signal} received, draining`);

    const killer = setTimeout(() => {
      console.error('[shutdown] grace period exceeded, forcing exit');
      process.exit(1);
    }, graceMs);
    killer.unref();

    try {
      await closeServer(server);
      await Promise.all([kafkaProducer.disconnect(), flushMetrics, pgPool.end()]);
      console.info('[shutdown] clean exit');
      process.exit(0);
    } catch (err) {
      console.error('[shutdown] error while draining', err);
      process.exit(1);
    }
  };

  process.once('SIGTERM', (s) => void shutdown(s));
  process.once('SIGINT', (s) => void shutdown(s));
}
