// expect: no-uncalled-async-function
// The map callback returns each resource's close method instead of calling it, so Promise.all resolves at once with functions and the process exits while the HTTP server, Kafka producer and pg pool still hold in-flight work.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import { text } from 'node:stream/consumers';

declare const pgPool: {
  query(sql: string, params?: unknown[]): Promise<{ rows: Array<{ id: string }> }>;
  end(): Promise<void>;
};
declare const producer: {
  send(record: { topic: string; messages: Array<{ key: string; value: string }> }): Promise<void>;
  disconnect(): Promise<void>;
};

interface Closable {
  name: string;
  close: () => Promise<void>;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
}

async function handleOrder(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST' || req.url !== '/orders') {
    res.writeHead(404).end();
    return;
  }
  const order = JSON.parse(await text(req)) as { customerId: string; items: unknown[] };
  const { rows } = await pgPool.query('INSERT INTO orders (customer_id, items) VALUES ($1, $2) RETURNING id', [
    order.customerId,
    JSON.stringify(order.items),
  ]);
  await producer.send({ topic: 'orders.created', messages: [{ key: rows[0].id, value: JSON.stringify(order) }] });
  res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: rows[0].id }));
}

export async function main(port = Number(process.env.PORT ?? 8080)): Promise<void> {
  const server = createServer((req, res) => {
    handleOrder(req, res).catch((err) => {
      console.error('[orders] request failed', err);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy(err as Error);
    });
  });

  const resources: Closable[] = [
    { name: 'http', close: () => closeServer(server) },
    { name: 'kafka', close: () => producer.disconnect() },
    { name: 'postgres', close: () => pgPool.end() },
  ];

  async function shutdown(signal: NodeJS.Signals): Promise<void> {
    console.info(`[orders] ${signal} received, draining`);
    try {
      await Promise.all(resources.map((r) => r.close));
      console.info(`[orders] closed ${resources.map((r) => r.name).join(', ')}`);
      process.exitCode = 0;
    } catch (err) {
      console.error('[orders] shutdown failed', err);
      process.exitCode = 1;
    } finally {
      process.exit();
    }
  }

  for (const sig of ['SIGTERM', 'SIGINT'] as const) {
    process.once(sig, () => {
      shutdown(sig).catch(() => process.exit(1));
    });
  }

  server.listen(port);
  await once(server, 'listening');
  console.info(`[orders] listening on :${port}`);
}
