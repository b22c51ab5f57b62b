// expect: no-multiple-settle
// When the socket closes (server restart, network drop) the deferreds in `pending` are never rejected, so every call() still in flight awaits forever.

type RpcReply = { id: number; result?: unknown; error?: { code: number; message: string } };

interface PendingCall {
  method: string;
  sentAt: number;
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
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

export class PriceFeedRpc {
  private readonly ws: WebSocket;
  private readonly pending = new Map<number, PendingCall>();
  private nextId = 1;
  private closed = false;

  constructor(
    url: string,
    private readonly log: (msg: string) => void = console.debug,
  ) {
    this.ws = new WebSocket(url);
    this.ws.addEventListener('message', (ev) => this.onMessage(ev));
    this.ws.addEventListener('close', (ev) => {
      this.closed = true;
      this.log(`price feed socket closed (${ev.code} ${ev.reason || 'no reason'}), ${this.pending.size} calls outstanding`);
    });
  }

  private onMessage(ev: MessageEvent): void {
    let reply: RpcReply;
    try {
      reply = JSON.parse(String(ev.data)) as RpcReply;
    } catch {
      this.log('dropping non-JSON frame');
      return;
    }
    const call = this.pending.get(reply.id);
    if (!call) return;
    this.pending.delete(reply.id);
    this.log(`${call.method} #${reply.id} answered in ${Date.now() - call.sentAt}ms`);
    if (reply.error) call.reject(new RpcError(reply.error.code, `${call.method}: ${reply.error.message}`));
    else call.resolve(reply.result);
  }

  private whenOpen(): Promise<void> {
    if (this.closed || this.ws.readyState >= WebSocket.CLOSING) {
      return Promise.reject(new Error('price feed socket is closed'));
    }
    if (this.ws.readyState === WebSocket.OPEN) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onOpen = () => {
        cleanup();
        resolve();
      };
      const onError = () => {
        cleanup();
        reject(new Error('price feed socket failed to open'));
      };
      const cleanup = () => {
        this.ws.removeEventListener('open', onOpen);
        this.ws.removeEventListener('error', onError);
      };
      this.ws.addEventListener('open', onOpen);
      this.ws.addEventListener('error', onError);
    });
  }

  async call<T>(method: string, params: Record<string, unknown>): Promise<T> {
    await this.whenOpen();
    const id = this.nextId++;
    const reply = new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { method, sentAt: Date.now(), resolve, reject });
    });
    this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return (await reply) as T;
  }

  quote(symbol: string): Promise<{ bid: number; ask: number; ts: number }> {
    return this.call('quote.get', { symbol });
  }

  close(): void {
    this.ws.close(1000, 'client shutdown');
  }
}
