// expect: no-multiple-settle
// Pending call deferreds are settled only by a matching reply; when the socket closes (server restart, network drop) the close handler reconnects but never rejects the entries in `pending`, so every in-flight call() awaits forever.
type JsonRpcReply =
  { jsonrpc: '2.0'; id: number; result: unknown } | { jsonrpc: '2.0'; id: number; error: { code: number; message: string } };

interface PendingCall {
  method: string;
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
}

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly method: string,
  ) {
    super(`${method}: ${message}`);
  }
}

export class CollabRpcClient {
  private ws: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingCall>();
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private reconnectDelay = 500;

  constructor(
    private readonly url: string,
    private readonly docId: string,
  ) {}

  connect(): void {
    const ws = new WebSocket(`${this.url}?doc=${encodeURIComponent(this.docId)}`);
    this.ws = ws;
    ws.onopen = () => {
      this.reconnectDelay = 500;
      this.heartbeat = setInterval(() => ws.send('{"jsonrpc":"2.0","method":"ping"}'), 20_000);
    };
    ws.onmessage = (event: MessageEvent<string>) => this.handleReply(event.data);
    ws.onclose = (event) => {
      clearInterval(this.heartbeat);
      this.ws = null;
      console.warn(`[rpc] socket closed (${event.code}); reconnecting in ${this.reconnectDelay}ms`);
      setTimeout(() => this.connect(), this.reconnectDelay);
      this.reconnectDelay = Math.min(this.reconnectDelay * 2, 30_000);
    };
  }

  call<T>(method: string, params: Record<string, unknown>): Promise<T> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error(`rpc ${method}: not connected`));
    }
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject });
      ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  }

  private handleReply(raw: string): void {
    let reply: JsonRpcReply;
    try {
      reply = JSON.parse(raw) as JsonRpcReply;
    } catch {
      console.warn('[rpc] dropping malformed frame');
      return;
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if ('error' in reply) {
      entry.reject(new RpcError(reply.error.code, reply.error.message, entry.method));
    } else {
      entry.resolve(reply.result);
    }
  }
}

export async function saveCursor(client: CollabRpcClient, userId: string, offset: number) {
  return client.call<{ ok: boolean }>('presence.updateCursor', { userId, offset });
}
