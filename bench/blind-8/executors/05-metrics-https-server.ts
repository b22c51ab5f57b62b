// expect: no-multiple-settle
// The executor is async: if the key or cert file is missing, readFile rejects inside it, that rejection is unhandled (crashing the process on modern Node) and the returned promise never settles.
import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare const registry: {
  contentType: string;
  metrics(): Promise<string>;
};

export interface MetricsServerOptions {
  port: number;
  host?: string;
  keyPath: string;
  certPath: string;
  allowedCidrPrefix?: string;
}

function makeHandler(opts: MetricsServerOptions) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const remote = req.socket.remoteAddress ?? '';
    if (opts.allowedCidrPrefix && !remote.startsWith(opts.allowedCidrPrefix)) {
      res.writeHead(403).end();
      return;
    }
    if (req.method !== 'GET' || req.url !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType }).end(body);
    } catch (err) {
      console.error('[metrics] collection failed', err);
      res.writeHead(500).end();
    }
  };
}

export function startMetricsServer(opts: MetricsServerOptions): Promise<Server> {
  return new Promise<Server>(async (resolve, reject) => {
    const [key, cert] = await Promise.all([readFile(opts.keyPath), readFile(opts.certPath)]);
    const handler = makeHandler(opts);
    const server = createServer({ key, cert }, (req, res) => {
      handler(req, res).catch((err) => {
        console.error('[metrics] handler crashed', err);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });

    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => {
      server.off('error', reject);
      console.info(`[metrics] listening on https://${opts.host ?? '0.0.0.0'}:${opts.port}/metrics`);
      resolve(server);
    });
  });
}
