// expect: none
// The Promise executor runs synchronously, so `settle` and `fail` are already assigned when they are stored in the pending map; each reply, timeout or close settles the call once and clears its timer.
interface RpcReply {
  id: number;
  result?: unknown;
  error?: { code: number; message: string };
}

interface PendingCall {
  resolve(value: unknown): void;
  reject(err: Error): void;
  timer: ReturnType<typeof setTimeout>;
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

export class JsonRpcSocket {
  private nextId = 1;
  private readonly pending = new Map<number, PendingCall>();

  constructor(
    private readonly ws: WebSocket,
    private readonly timeoutMs = 15_000,
  ) {
    ws.addEventListener('message', (ev) => this.onMessage(ev));
    ws.addEventListener('close', (ev) => this.failAll(new Error(`socket closed (${ev.code} ${ev.reason})`)));
  }

  call<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error(`cannot call ${method}: socket is not open`));
    }
    const id = this.nextId++;
    let settle!: (value: unknown) => void;
    let fail!: (err: Error) => void;
    const result = new Promise<unknown>((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    const timer = setTimeout(() => {
      this.pending.delete(id);
      fail(new Error(`${method} timed out after ${this.timeoutMs}ms`));
    }, this.timeoutMs);
    this.pending.set(id, { resolve: settle, reject: fail, timer, method });
    this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    return result as Promise<T>;
  }

  private onMessage(ev: MessageEvent): void {
    if (typeof ev.data !== 'string') return;
    let reply: RpcReply;
    try {
      reply = JSON.parse(ev.data) as RpcReply;
    } catch {
      console.warn('[rpc] dropped a non-JSON frame');
      return;
    }
    const entry = this.pending.get(reply.id);
    if (!entry) return;
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.error) entry.reject(new RpcError(reply.error.code, `${entry.method}: ${reply.error.message}`));
    else entry.resolve(reply.result);
  }

  private failAll(err: Error): void {
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      this.pending.delete(id);
      entry.reject(err);
    }
  }
}
