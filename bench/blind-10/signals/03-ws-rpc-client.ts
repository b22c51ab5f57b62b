// expect: no-leaked-race
// When the reply wins, the 5s timeout timer is never cleared and keeps running after every call; when the timeout wins, the per-call message and close listeners are never removed, so every timed-out call leaves listeners that parse all later socket traffic.
type RpcReply = { id: number; result?: unknown; error?: { code: number; message: string } };

export class RpcTimeoutError extends Error {
  constructor(
    readonly method: string,
    readonly ms: number,
  ) {
    super(`${method} timed out after ${ms}ms`);
    this.name = 'RpcTimeoutError';
  }
}

export class TradingSocket {
  private nextId = 1;

  constructor(
    private readonly ws: WebSocket,
    private readonly timeoutMs = 5_000,
  ) {}

  async call<T>(method: string, params: Record<string, unknown>): Promise<T> {
    if (this.ws.readyState !== WebSocket.OPEN) {
      throw new Error(`socket not open (state ${this.ws.readyState})`);
    }
    const id = this.nextId++;
    this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));

    const reply = new Promise<RpcReply>((resolve, reject) => {
      const detach = () => {
        this.ws.removeEventListener('message', onMessage);
        this.ws.removeEventListener('close', onClose);
      };
      const onMessage = (ev: MessageEvent<string>) => {
        const msg = JSON.parse(ev.data) as RpcReply;
        if (msg.id !== id) return;
        detach();
        resolve(msg);
      };
      const onClose = (ev: CloseEvent) => {
        detach();
        reject(new Error(`socket closed (${ev.code}) while waiting for ${method}`));
      };
      this.ws.addEventListener('message', onMessage);
      this.ws.addEventListener('close', onClose);
    });

    const timeout = new Promise<never>((_, reject) => {
      setTimeout(() => reject(new RpcTimeoutError(method, this.timeoutMs)), this.timeoutMs);
    });

    const msg = await Promise.race([reply, timeout]);
    if (msg.error) {
      throw new Error(`${method} failed: [${msg.error.code}] ${msg.error.message}`);
    }
    return msg.result as T;
  }

  placeOrder(symbol: string, side: 'buy' | 'sell', qty: number, limit?: number) {
    return this.call<{ orderId: string; status: 'accepted' | 'queued' }>('order.place', {
      symbol,
      side,
      qty,
      ...(limit !== undefined && { type: 'limit', price: limit }),
    });
  }

  cancelOrder(orderId: string) {
    return this.call<{ cancelled: boolean }>('order.cancel', { orderId });
  }
}
