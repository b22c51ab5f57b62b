// expect: none
// The in-flight connect promise is stored on purpose and awaited by every caller; truthiness checks are on `Promise | null`, not on a result.
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

interface RpcReply {
  id: number;
  result?: Json;
  error?: { code: number; message: string };
}

interface Pending {
  resolve(value: Json): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class RpcSocket {
  private socket: WebSocket | null = null;
  private connecting: Promise<WebSocket> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  private connect(): Promise<WebSocket> {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) return Promise.resolve(this.socket);
    if (this.connecting) return this.connecting;

    this.connecting = new Promise<WebSocket>((resolve, reject) => {
      const ws = new WebSocket(this.url);
      ws.addEventListener(
        'open',
        () => {
          this.socket = ws;
          resolve(ws);
        },
        { once: true },
      );
      ws.addEventListener('error', () => reject(new Error(`could not connect to ${this.url}`)), { once: true });
      ws.addEventListener('message', (ev) => this.onMessage(ev));
      ws.addEventListener('close', () => this.failAll(new Error('socket closed')));
    }).finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private onMessage(ev: MessageEvent): void {
    const reply = JSON.parse(String(ev.data)) as RpcReply;
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.error) entry.reject(new Error(`${reply.error.code}: ${reply.error.message}`));
    else entry.resolve(reply.result ?? null);
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(err);
      this.pending.delete(id);
    }
    this.socket = null;
  }

  async call(method: string, params: Json = {}): Promise<Json> {
    const ws = await this.connect();
    const id = this.nextId++;
    const reply = new Promise<Json>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${this.timeoutMs}ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve, reject, timer });
    });
    ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return reply;
  }

  async subscribeTicker(symbol: string): Promise<string> {
    const result = await this.call('ticker.subscribe', { symbol });
    const subId = typeof result === 'string' ? result : String(result ?? '');
    console.debug(`subscribed ${symbol} as ${subId}`);
    return subId;
  }

  close(): void {
    this.socket?.close(1000, 'client closing');
  }
}
