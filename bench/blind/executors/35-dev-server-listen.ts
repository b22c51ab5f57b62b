// expect: no-multiple-settle
// start() resolves from the listen callback only; a bind failure such as EADDRINUSE goes to the constructor's logging 'error' listener, never to the promise, so start() hangs.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

declare const logger: { info(msg: string): void; error(msg: string, err?: unknown): void };

export class DevServer {
  private readonly server: Server;

  constructor(private readonly root: string, handler: (req: IncomingMessage, res: ServerResponse) => void) {
    this.server = createServer(handler);
    this.server.on('error', (err) => logger.error('dev server error', err));
  }

  start(port: number): Promise<number> {
    return new Promise<number>((resolve) => {
      this.server.listen(port, () => {
        logger.info(`serving ${this.root} on http://localhost:${port}`);
        resolve(port);
      });
    });
  }

  stop(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.server.close((err) => (err ? reject(err) : resolve()));
    });
  }
}
