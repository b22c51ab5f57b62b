// expect: no-multiple-settle
// If the port is taken, server.listen emits 'error' (EADDRINUSE) with no listener attached: the process dies on an unhandled 'error' event and listenOn's promise never settles, so the port-fallback loop in start() never gets to try the next port.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export class PreviewServer {
  private server: Server | null = null;

  constructor(
    private readonly handler: Handler,
    private readonly host = '127.0.0.1',
  ) {}

  async start(preferredPort: number, attempts = 10): Promise<number> {
    for (let i = 0; i < attempts; i++) {
      const port = preferredPort + i;
      try {
        await this.listenOn(port);
        console.log(`preview ready at http://${this.host}:${port}/`);
        return port;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
        console.warn(`port ${port} is busy, trying ${port + 1}`);
      }
    }
    throw new Error(`no free port in ${preferredPort}..${preferredPort + attempts - 1}`);
  }

  private listenOn(port: number): Promise<void> {
    return new Promise((resolve) => {
      const server = createServer((req, res) => {
        Promise.resolve()
          .then(() => this.handler(req, res))
          .catch((err: unknown) => {
            console.error(`preview handler failed for ${req.method} ${req.url}`, err);
            if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
            res.end('internal error');
          });
      });
      server.listen(port, this.host, () => {
        this.server = server;
        resolve();
      });
    });
  }

  address(): AddressInfo | null {
    const addr = this.server?.address();
    return addr && typeof addr === 'object' ? addr : null;
  }

  stop(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    this.server = null;
    return new Promise((resolve, reject) => {
      server.close((err) => (err ? reject(err) : resolve()));
      server.closeAllConnections();
    });
  }
}
