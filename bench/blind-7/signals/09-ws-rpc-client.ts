// expect: no-leaked-race
// When the timeout wins the race, the 'message' listener registered for that request id is never removed; a call whose reply never comes leaves its message/close listeners on the socket for the life of the connection, each re-parsing every later frame.
type RpcResponse = { id: number; result?: unknown; error?: { code: number; message: string } };

export class RpcTimeoutError extends Error {
  constructor(
    readonly method: string,
    readonly ms: number,
  ) {
    super(`${method} did not answer within ${ms}ms`);
    this.name = 'RpcTimeoutError';
  }
}

export class WalletRpcClient {
  private nextId = 1;

  constructor(
    private readonly socket: WebSocket,
    private readonly timeoutMs = 10_000,
  ) {}

  async call<T>(method: string, params: unknown[] = []): Promise<T> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ jsonrpc: '2.0', id, method, params }));
    const reply = this.waitForReply(id);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RpcTimeoutError(method, this.timeoutMs)), this.timeoutMs);
    });

    try {
      const response = await Promise.race([reply, timeout]);
      if (response.error) throw new Error(`${method} failed (${response.error.code}): ${response.error.message}`);
      return response.result as T;
    } finally {
      clearTimeout(timer);
    }
  }

  private waitForReply(id: number): Promise<RpcResponse> {
    return new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent) => {
        let msg: RpcResponse;
        try {
          msg = JSON.parse(String(event.data)) as RpcResponse;
        } catch {
          return;
        }
        if (msg.id !== id) return;
        cleanup();
        resolve(msg);
      };
      const onClose = () => {
        cleanup();
        reject(new Error(`socket closed while waiting for reply ${id}`));
      };
      const cleanup = () => {
        this.socket.removeEventListener('message', onMessage);
        this.socket.removeEventListener('close', onClose);
      };
      this.socket.addEventListener('message', onMessage);
      this.socket.addEventListener('close', onClose);
    });
  }
}
