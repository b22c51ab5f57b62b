// expect: none
// The certificate files are read before the promise is built, so their rejection propagates from the async function; the plain executor settles once on either 'listening' or 'error' and removes the other listener.
import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';

declare const featureFlags: {
  list(): Promise<Array<{ key: string; enabled: boolean }>>;
  set(key: string, enabled: boolean): Promise<void>;
};

export interface AdminServerOptions {
  port: number;
  host?: string;
  keyPath: string;
  certPath: string;
  token: string;
}

async function route(opts: AdminServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.headers.authorization !== `Bearer ${opts.token}`) {
    res.writeHead(401).end();
    return;
  }
  const url = new URL(req.url ?? '/', 'https://admin.local');
  if (req.method === 'GET' && url.pathname === '/flags') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(await featureFlags.list()));
    return;
  }
  const m = /^\/flags\/([\w.-]+)$/.exec(url.pathname);
  if (req.method === 'PUT' && m) {
    await featureFlags.set(m[1], url.searchParams.get('enabled') === 'true');
    res.writeHead(204).end();
    return;
  }
  res.writeHead(404).end();
}

export async function startAdminServer(opts: AdminServerOptions): Promise<Server> {
  const [key, cert] = await Promise.all([readFile(opts.keyPath), readFile(opts.certPath)]);
  const server = createServer({ key, cert }, (req, res) => {
    route(opts, req, res).catch((err) => {
      console.error('[admin] request failed', err);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(opts.port, opts.host ?? '127.0.0.1');
  });

  console.info(`[admin] listening on ${opts.host ?? '127.0.0.1'}:${opts.port}`);
  return server;
}
