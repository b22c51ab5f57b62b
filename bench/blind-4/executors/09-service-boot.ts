// expect: no-multiple-settle
// The listen callback is async: when the registry call rejects, the error escapes that callback as an unhandled rejection (which by default kills the process) instead of rejecting start(), so start() never settles and the caller's catch/cleanup that would close the bound port never runs.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';

declare const registry: {
  register(entry: { service: string; host: string; port: number; health: string; tags: string[] }): Promise<{ leaseId: string }>;
  deregister(leaseId: string): Promise<void>;
};

declare const log: { info(msg: string, meta?: object): void };

export interface ServiceConfig {
  name: string;
  port: number;
  tags?: string[];
}

export interface RunningService {
  server: Server;
  leaseId: string;
  stop(): Promise<void>;
}

export function start(app: RequestListener, cfg: ServiceConfig): Promise<RunningService> {
  const server = createServer(app);
  server.keepAliveTimeout = 65_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.port, async () => {
      const { port } = server.address() as AddressInfo;
      const { leaseId } = await registry.register({
        service: cfg.name,
        host: hostname(),
        port,
        health: '/healthz',
        tags: cfg.tags ?? [],
      });
      log.info('service registered', { service: cfg.name, port, leaseId });
      resolve({
        server,
        leaseId,
        async stop() {
          await registry.deregister(leaseId);
          await new Promise<void>((done, fail) => server.close((err) => (err ? fail(err) : done())));
        },
      });
    });
  });
}
