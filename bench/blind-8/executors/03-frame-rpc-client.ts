// expect: none
// Pending calls are keyed by id and removed before settling, the timer is cleared on reply, a failed postMessage cleans up, and dispose rejects what is left, so each call settles exactly once.
interface RpcReply {
  id: string;
  result?: unknown;
  error?: { message: string; code?: string };
}

interface PendingCall {
  resolve: (value: unknown) => void;
  reject: (reason: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class FrameRpcClient {
  private readonly pending = new Map<string, PendingCall>();
  private seq = 0;

  constructor(
    private readonly target: Window,
    private readonly targetOrigin: string,
  ) {
    window.addEventListener('message', this.onMessage);
  }

  call<T>(method: string, params: unknown, timeoutMs = 10_000): Promise<T> {
    const id = `${Date.now().toString(36)}-${++this.seq}`;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`rpc ${method} timed out after ${timeoutMs}ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      try {
        this.target.postMessage({ id, method, params }, this.targetOrigin);
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  dispose(): void {
    window.removeEventListener('message', this.onMessage);
    for (const [id, call] of this.pending) {
      clearTimeout(call.timer);
      call.reject(new Error(`rpc client disposed (call ${id})`));
    }
    this.pending.clear();
  }

  private readonly onMessage = (event: MessageEvent): void => {
    if (event.origin !== this.targetOrigin || event.source !== this.target) return;
    const reply = event.data as Partial<RpcReply> | null;
    if (!reply || typeof reply.id !== 'string') return;

    const call = this.pending.get(reply.id);
    if (!call) return;
    this.pending.delete(reply.id);
    clearTimeout(call.timer);

    if (reply.error) {
      const err = new Error(reply.error.message);
      call.reject(Object.assign(err, { code: reply.error.code }));
      return;
    }
    call.resolve(reply.result);
  };
}
