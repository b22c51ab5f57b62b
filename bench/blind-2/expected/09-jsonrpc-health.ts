// expect: no-uncalled-async-function
// When the cached health snapshot is stale (always, since it is never refreshed) the ternary returns the refreshHealth function itself; JSON.stringify drops the function, so system.health replies carry no `result` at all.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

interface RpcRequest {
  jsonrpc: '2.0';
  id: number | string;
  method: string;
  params?: unknown;
}

class RpcError extends Error {
  constructor(readonly code: number, message: string) {
    super(message);
  }
}

declare const inventory: {
  reserve(params: unknown): Promise<{ reservationId: string; expiresAt: string }>;
  release(params: unknown): Promise<{ released: boolean }>;
};
declare const db: { ping(): Promise<void> };

const methods: Record<string, (params: unknown) => Promise<unknown>> = {
  'inventory.reserve': (p) => inventory.reserve(p),
  'inventory.release': (p) => inventory.release(p),
};

const healthCache: { value: unknown; at: number } = { value: undefined, at: 0 };

async function refreshHealth(): Promise<unknown> {
  const started = Date.now();
  let dbStatus: 'up' | 'down' = 'up';
  try {
    await db.ping();
  } catch {
    dbStatus = 'down';
  }
  healthCache.value = { db: dbStatus, pingMs: Date.now() - started, uptimeSec: Math.round(process.uptime()) };
  healthCache.at = Date.now();
  return healthCache.value;
}

async function dispatch(req: RpcRequest): Promise<unknown> {
  if (req.method === 'system.health') {
    return Date.now() - healthCache.at < 5_000 ? healthCache.value : refreshHealth;
  }
  const handler = methods[req.method];
  if (!handler) throw new RpcError(-32601, `method not found: ${req.method}`);
  return handler(req.params);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let id: RpcRequest['id'] | null = null;
  try {
    const rpc = JSON.parse(await readBody(req)) as RpcRequest;
    id = rpc.id;
    const result = await dispatch(rpc);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, result }));
  } catch (err) {
    const code = err instanceof RpcError ? err.code : err instanceof SyntaxError ? -32700 : -32603;
    const message = err instanceof Error ? err.message : 'internal error';
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } }));
  }
}

export function startRpcServer(port: number) {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('rpc handler crashed', err);
      res.destroy();
    });
  });
  return server.listen(port);
}
