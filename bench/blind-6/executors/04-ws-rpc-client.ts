// expect: no-multiple-settle
// Pending RPC calls are only settled by incoming replies; when the socket closes or errors, every outstanding call() promise stays pending forever.
type RpcReply = { id: number; result?: unknown; error?: { code: number; message: string } };

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  method: string;
}

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'RpcError';
  }
}

export class TradingRpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** `ws` must already be open; */
  constructor(private readonly ws: WebSocket) {
    ws.addEventListener('message', (ev: MessageEvent<string>) => this.onMessage(ev.data));
  }

  private onMessage(raw: string): void {
    let reply: RpcReply;
    try {
      reply = JSON.parse(raw) as RpcReply;
    } catch {
      console.warn('[rpc] dropping non-JSON frame', raw.slice(0, 80));
      return;
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    if (reply.error) entry.reject(new RpcError(reply.error.code, `${entry.method}: ${reply.error.message}`));
    else entry.resolve(reply.result);
  }

  async call<T>(method: string, params: Record<string, unknown>): Promise<T> {
    if (this.ws.readyState !== WebSocket.OPEN) throw new Error(`trading socket not open (state ${this.ws.readyState})`);
    const id = this.nextId++;
    const result = new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
    });
    this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return (await result) as T;
  }

  placeOrder(symbol: string, qty: number, limitPrice: number): Promise<{ orderId: string }> {
    return this.call('order.place', { symbol, qty, limitPrice, tif: 'DAY' });
  }

  cancelOrder(orderId: string): Promise<{ cancelled: boolean }> {
    return this.call('order.cancel', { orderId });
  }
}
