// expect: no-read-before-settle
// boundPort is updated in the listen callback, which runs only after the socket is bound, but announce() reads it synchronously right after listen(): with the default ephemeral port, the exporter is registered in service discovery as port 0.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

declare const discovery: {
  announce(entry: { service: string; host: string; port: number; tags: string[] }): Promise<{ leaseId: string }>;
};
declare function collectMetrics(): string;

export interface ExporterOptions {
  host?: string;
  port?: number;
  tags?: string[];
}

export function startMetricsExporter(opts: ExporterOptions = {}): net.Server {
  const host = opts.host ?? '0.0.0.0';
  let boundPort = opts.port ?? 0;
  let connections = 0;

  const server = net.createServer((socket) => {
    connections++;
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on('error', (err) => console.debug('[metrics] client socket error', err.message));
    socket.end(`# exporter connections ${connections}\n${collectMetrics()}`);
  });

  server.on('error', (err) => {
    console.error(`[metrics] exporter failed on ${host}:${boundPort}`, err);
    process.exitCode = 1;
  });

  server.listen(opts.port ?? 0, host, () => {
    boundPort = (server.address() as AddressInfo).port;
    console.log(`[metrics] exporter listening on ${host}:${boundPort}`);
  });

  discovery
    .announce({ service: 'metrics-exporter', host, port: boundPort, tags: ['prometheus', ...(opts.tags ?? [])] })
    .then(({ leaseId }) => console.log(`[metrics] announced, lease ${leaseId}`))
    .catch((err: Error) => console.warn(`[metrics] could not announce exporter: ${err.message}`));

  return server;
}
