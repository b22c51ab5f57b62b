// expect: no-multiple-settle
// When the socket drops (server deploy, network blip) the 'close' handler only schedules a reconnect; calls already waiting in `pending` are never rejected or resent and there is no per-call timeout, so their promises hang forever.
type RpcResponse = { id: string; result?: unknown; error?: { code: number; message: string } };

interface PendingRequest {
  method: string;
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
}

export class TradingRpc {
  private socket: WebSocket | null = null;
  private opened: Promise<void> | null = null;
  private readonly pending = new Map<string, PendingRequest>();
  private reconnectDelayMs = 500;

  constructor(
    private readonly url: string,
    private readonly token: string,
  ) {}

  connect(): Promise<void> {
    if (this.opened) return this.opened;
    this.opened = new Promise<void>((resolve, reject) => {
      const ws = new WebSocket(`${this.url}?token=${encodeURIComponent(this.token)}`);
      ws.addEventListener(
        'open',
        () => {
          this.socket = ws;
          this.reconnectDelayMs = 500;
          resolve();
        },
        { once: true },
      );
      ws.addEventListener('error', () => reject(new Error(`rpc socket error on ${this.url}`)), { once: true });
      ws.addEventListener('message', (ev: MessageEvent<string>) => this.onMessage(ev.data));
      ws.addEventListener('close', (ev) => {
        this.socket = null;
        this.opened = null;
        const delay = this.reconnectDelayMs;
        this.reconnectDelayMs = Math.min(delay * 2, 30_000);
        console.warn(`rpc socket closed (${ev.code} ${ev.reason}); reconnecting in ${delay}ms`);
        setTimeout(() => {
          this.connect().catch((err: unknown) => console.error('rpc reconnect failed', err));
        }, delay);
      });
    });
    return this.opened;
  }

  async call<T>(method: string, params: Record<string, unknown>): Promise<T> {
    await this.connect();
    const ws = this.socket;
    if (!ws || ws.readyState !== WebSocket.OPEN) throw new Error(`rpc socket not open for ${method}`);
    const id = crypto.randomUUID();
    const reply = new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { method, resolve, reject });
    });
    ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return (await reply) as T;
  }

  placeOrder(symbol: string, qty: number, limitPrice: number): Promise<{ orderId: string }> {
    return this.call('orders.place', { symbol, qty, limitPrice, tif: 'DAY' });
  }

  cancelOrder(orderId: string): Promise<{ cancelled: boolean }> {
    return this.call('orders.cancel', { orderId });
  }

  private onMessage(raw: string): void {
    let msg: RpcResponse;
    try {
      msg = JSON.parse(raw) as RpcResponse;
    } catch {
      console.warn('rpc: dropped non-JSON frame');
      return;
    }
    const entry = this.pending.get(msg.id);
    if (!entry) return;
    this.pending.delete(msg.id);
    if (msg.error) entry.reject(new Error(`${entry.method} failed (${msg.error.code}): ${msg.error.message}`));
    else entry.resolve(msg.result);
  }
}
