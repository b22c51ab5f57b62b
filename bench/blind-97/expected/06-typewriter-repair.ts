// expect: no-uncalled-async-function
// shutdown() does `await this.ledger.close` without calling it, which awaits the function object and returns at once, so the ledger's pending writes are never flushed and its open handle keeps the repair-shop server from exiting.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';

export interface WorkOrder {
  id: string;
  machine: string;
  fault: string;
  status: 'queued' | 'on-bench' | 'ready';
}

export interface WorkLedger {
  list(): Promise<WorkOrder[]>;
  update(id: string, status: WorkOrder['status']): Promise<WorkOrder>;
  close(): Promise<void>;
}

export class RepairShopServer {
  private readonly server: Server;

  constructor(private readonly ledger: WorkLedger) {
    this.server = createServer((req, res) => {
      this.route(req, res).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(err instanceof Error ? err.message : 'internal error');
      });
    });
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/orders') {
      const orders = await this.ledger.list();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(orders.filter((o) => o.status !== 'ready')));
      return;
    }
    const match = /^\/orders\/([\w-]+)\/(on-bench|ready)$/.exec(url.pathname);
    if (req.method === 'POST' && match) {
      const updated = await this.ledger.update(match[1], match[2] as WorkOrder['status']);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(updated));
      return;
    }
    res.writeHead(404).end();
  }

  async listen(port: number): Promise<void> {
    this.server.listen(port);
    await once(this.server, 'listening');
  }

  async shutdown(): Promise<void> {
    this.server.close();
    this.server.closeIdleConnections();
    await once(this.server, 'close');
    await this.ledger.close;
  }
}

export async function main(ledger: WorkLedger): Promise<void> {
  const shop = new RepairShopServer(ledger);
  await shop.listen(Number(process.env.PORT ?? 8087));
  process.once('SIGTERM', () => {
    shop.shutdown().then(
      () => console.log('repair shop closed'),
      (err: unknown) => {
        console.error('shutdown failed', err);
        process.exitCode = 1;
      },
    );
  });
}
