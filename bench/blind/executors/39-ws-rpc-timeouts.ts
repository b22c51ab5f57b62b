// expect: none
// Each pending call is deleted and its timer cleared before it is settled (reply, timeout, or socket close), so no call can be settled twice or left pending.
interface PendingCall {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  timer: number;
}

export class JsonRpcSocket {
  private id = 0;
  private readonly calls = new Map<number, PendingCall>();

  constructor(private readonly ws: WebSocket, private readonly timeoutMs = 10_000) {
    ws.addEventListener('message', (e: MessageEvent<string>) => {
      const msg = JSON.parse(e.data) as { id: number; result?: unknown; error?: { message: string } };
      const call = this.take(msg.id);
      if (!call) return;
      if (msg.error) call.reject(new Error(msg.error.message));
      else call.resolve(msg.result);
    });
    ws.addEventListener('close', () => {
      for (const id of [...this.calls.keys()]) {
        this.take(id)?.reject(new Error('socket closed'));
      }
    });
  }

  call(method: string, params?: unknown): Promise<unknown> {
    if (this.ws.readyState !== WebSocket.OPEN) {
      return Promise.reject(new Error(`cannot call ${method}: socket is not open`));
    }
    const id = ++this.id;
    return new Promise((resolve, reject) => {
      const timer = window.setTimeout(() => {
        this.take(id)?.reject(new Error(`${method} timed out`));
      }, this.timeoutMs);
      this.calls.set(id, { resolve, reject, timer });
      this.ws.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    });
  }

  private take(id: number): PendingCall | undefined {
    const call = this.calls.get(id);
    if (!call) return undefined;
    this.calls.delete(id);
    window.clearTimeout(call.timer);
    return call;
  }
}
