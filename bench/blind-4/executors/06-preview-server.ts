// expect: none
// listen() failures such as EADDRINUSE reach the 'error' listener and reject, success resolves from a synchronous 'listening' handler, and the async pid-file write runs after the promise has settled, so its failure rejects startPreviewServer() instead of escaping.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFile } from 'node:fs/promises';

declare const log: { info(msg: string, meta?: object): void; error(msg: string, meta?: object): void };

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
}

export interface PreviewOptions {
  port: number;
  host?: string;
  pidFile: string;
}

export async function startPreviewServer(handler: RequestListener, opts: PreviewOptions): Promise<Server> {
  const server = createServer(handler);
  const host = opts.host ?? '127.0.0.1';
  const addr = await listen(server, opts.port, host);

  try {
    await writeFile(opts.pidFile, JSON.stringify({ pid: process.pid, port: addr.port }), { mode: 0o644 });
  } catch (err) {
    log.error('could not write pid file, shutting preview down', { pidFile: opts.pidFile, err: String(err) });
    await close(server);
    throw err;
  }

  log.info('preview server ready', { url: `http://${host}:${addr.port}/` });
  return server;
}
