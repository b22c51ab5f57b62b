// Graceful shutdown: stop accepting requests, let the workers finish, close the database pools
// and caches, then flush telemetry before the process exits.
import type { Server } from 'node:http';

export interface Resource {
  name: string;
  close(): Promise<void>;
}

export interface Services {
  server: Server;
  workers: { stop(): Promise<void> }[];
  pools: Resource[];
  caches: Resource[];
  flushTelemetry(): Promise<void>;
  log(message: string, error?: unknown): void;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

export async function shutdown(services: Services): Promise<void> {
  services.log('shutdown: closing the HTTP server');
  await closeServer(services.server);
  await Promise.all(services.workers.map((worker) => worker.stop()));

  const closing = services.pools.map((pool) => pool.close());
  for (const closed of closing) await closed;

  services.caches.map(async (cache) => {
    await cache.close();
    services.log(`shutdown: closed ${cache.name}`);
  });

  await services.flushTelemetry().catch((error: unknown) => services.log('shutdown: telemetry flush failed', error));
}

export function installSignalHandlers(services: Services): void {
  process.once('SIGTERM', async () => {
    await shutdown(services);
    process.exit(0);
  });
  process.once('SIGINT', () => {
    shutdown(services).then(
      () => process.exit(0),
      (error: unknown) => {
        services.log('shutdown failed', error);
        process.exit(1);
      },
    );
  });
}
