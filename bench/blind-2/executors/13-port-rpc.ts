// expect: none
// Each stored deferred is removed from the map before it is settled, its timer is cleared on reply, and close() rejects whatever is still pending, so every call settles exactly once and never hangs.
type Pending = {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
  method: string;
};

type RpcReply = { id: number; result?: unknown; error?: { message: string; code: string } };

export class RemoteCallError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RemoteCallError';
  }
}

export class PortRpcClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private closed = false;

  constructor(private readonly port: MessagePort, private readonly timeoutMs = 10_000) {
    port.onmessage = (ev: MessageEvent<RpcReply>) => this.onReply(ev.data);
    port.start();
  }

  call<T>(method: string, params: unknown[] = []): Promise<T> {
    if (this.closed) return Promise.reject(new Error(`rpc port closed, cannot call ${method}`));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${method} timed out after ${this.timeoutMs}ms`));
      }, this.timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer, method });
      try {
        this.port.postMessage({ id, method, params });
      } catch (err) {
        this.pending.delete(id);
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  private onReply(reply: RpcReply): void {
    const entry = this.pending.get(reply.id);
    if (!entry) {
      console.debug(`[rpc] late or unknown reply #${reply.id}`);
      return;
    }
    this.pending.delete(reply.id);
    clearTimeout(entry.timer);
    if (reply.error) entry.reject(new RemoteCallError(reply.error.code, `${entry.method}: ${reply.error.message}`));
    else entry.resolve(reply.result);
  }

  close(): void {
    this.closed = true;
    this.port.close();
    for (const [id, entry] of this.pending) {
      clearTimeout(entry.timer);
      entry.reject(new Error(`rpc port closed while ${entry.method} (#${id}) was pending`));
    }
    this.pending.clear();
  }
}
