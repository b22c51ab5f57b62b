// expect: no-multiple-settle
// When the socket closes, handleClose clears the pending map and timers without rejecting the stored deferreds, so every in-flight call() promise is left unsettled forever.
type RpcMethod = 'joinLobby' | 'leaveLobby' | 'submitMove' | 'getMatchState';

interface RpcResponse {
  id: number;
  result?: unknown;
  error?: { code: number; message: string };
}

interface PendingCall {
  method: RpcMethod;
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export class MatchRpcClient {
  private socket: WebSocket | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, PendingCall>();
  private reconnectDelay = 500;
  private stopped = false;

  constructor(
    private readonly url: string,
    private readonly callTimeoutMs = 5000,
  ) {}

  connect(): void {
    this.stopped = false;
    const ws = new WebSocket(this.url);
    ws.addEventListener('open', () => {
      this.reconnectDelay = 500;
    });
    ws.addEventListener('message', (ev) => this.handleMessage(String(ev.data)));
    ws.addEventListener('close', () => this.handleClose());
    this.socket = ws;
  }

  call<T>(method: RpcMethod, params: Record<string, unknown> = {}): Promise<T> {
    const ws = this.socket;
    if (!ws || ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error(`cannot call ${method}: not connected`));
    }
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${this.callTimeoutMs}ms`));
      }, this.callTimeoutMs);
      this.pending.set(id, { method, resolve: resolve as (v: unknown) => void, reject, timer });
      ws.send(JSON.stringify({ id, method, params }));
    });
  }

  private handleMessage(raw: string): void {
    let msg: RpcResponse;
    try {
      msg = JSON.parse(raw);
    } catch {
      console.warn('[rpc] dropping non-JSON frame');
      return;
    }
    const call = this.pending.get(msg.id);
    if (!call) return;
    this.pending.delete(msg.id);
    clearTimeout(call.timer);
    if (msg.error) call.reject(new RpcError(msg.error.code, `${call.method}: ${msg.error.message}`));
    else call.resolve(msg.result);
  }

  private handleClose(): void {
    this.socket = null;
    for (const call of this.pending.values()) {
      clearTimeout(call.timer);
    }
    this.pending.clear();

    if (this.stopped) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, 15_000);
    setTimeout(() => this.connect(), delay);
  }

  close(): void {
    this.stopped = true;
    this.socket?.close(1000, 'client closing');
  }
}
