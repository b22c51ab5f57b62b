// expect: no-multiple-settle
// When the socket drops (network loss, server deploy) the requests waiting in `pending` are never rejected, so every in-flight call() stays unsettled forever and the order ticket's spinner never stops, even after reconnecting.
type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void; method: string };

export type ConnectionStatus = 'online' | 'offline';

export interface OrderAck {
  orderId: string;
  status: 'accepted' | 'rejected';
  reason?: string;
}

export class TradingRpc {
  private ws: WebSocket | null = null;
  private readonly pending = new Map<string, Pending>();
  private seq = 0;

  constructor(
    private readonly url: string,
    private readonly onStatus: (status: ConnectionStatus) => void,
  ) {}

  connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.url);
      ws.addEventListener(
        'open',
        () => {
          this.ws = ws;
          this.onStatus('online');
          resolve();
        },
        { once: true },
      );
      ws.addEventListener('error', () => reject(new Error('trading socket failed to connect')), { once: true });
      ws.addEventListener('message', (ev: MessageEvent<string>) => this.onMessage(ev.data));
      ws.addEventListener('close', () => {
        if (this.ws === ws) this.ws = null;
        this.onStatus('offline');
        setTimeout(() => this.connect().catch((err) => console.warn('reconnect failed', err)), 2_000);
      });
    });
  }

  private onMessage(raw: string): void {
    let msg: { id?: string; result?: unknown; error?: { message: string } };
    try {
      msg = JSON.parse(raw);
    } catch {
      console.warn('dropping malformed frame', raw.slice(0, 80));
      return;
    }
    if (!msg.id) return;
    const entry = this.pending.get(msg.id);
    if (!entry) return;
    this.pending.delete(msg.id);
    if (msg.error) entry.reject(new Error(`${entry.method}: ${msg.error.message}`));
    else entry.resolve(msg.result);
  }

  call<T>(method: string, params: object): Promise<T> {
    const ws = this.ws;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error('trading connection is offline'));
    }
    const id = `${Date.now().toString(36)}-${++this.seq}`;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: (v) => resolve(v as T), reject, method });
      ws.send(JSON.stringify({ id, method, params }));
    });
  }

  placeLimitOrder(symbol: string, side: 'buy' | 'sell', qty: number, price: number): Promise<OrderAck> {
    return this.call<OrderAck>('order.place', { symbol, side, qty, price, type: 'limit' });
  }
}
