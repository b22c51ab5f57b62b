// expect: none
// The connect race clears its timer in finally and closes the socket when the timeout or the caller's abort wins, so nothing is left running.
export interface ConnectOptions {
  timeoutMs?: number;
  protocols?: string[];
  signal?: AbortSignal;
}

export class ConnectTimeoutError extends Error {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`websocket to ${url} did not open within ${timeoutMs}ms`);
    this.name = 'ConnectTimeoutError';
  }
}

function waitForOpen(ws: WebSocket): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const onOpen = () => {
      cleanup();
      resolve(ws);
    };
    const onError = () => {
      cleanup();
      reject(new Error(`websocket to ${ws.url} failed before opening`));
    };
    const cleanup = () => {
      ws.removeEventListener('open', onOpen);
      ws.removeEventListener('error', onError);
    };
    ws.addEventListener('open', onOpen);
    ws.addEventListener('error', onError);
  });
}

export async function connectWithTimeout(url: string, { timeoutMs = 10_000, protocols, signal }: ConnectOptions = {}): Promise<WebSocket> {
  signal?.throwIfAborted();
  const ws = new WebSocket(url, protocols);

  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;

  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectTimeoutError(url, timeoutMs)), timeoutMs);
  });
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

  try {
    return await Promise.race([waitForOpen(ws), timeout, aborted]);
  } catch (err) {
    ws.close(1000, 'connect cancelled');
    throw err;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

export class PresenceClient {
  private socket: WebSocket | null = null;

  constructor(private readonly endpoint: string) {}

  async start(signal: AbortSignal): Promise<void> {
    this.socket = await connectWithTimeout(this.endpoint, { signal, timeoutMs: 5_000 });
    this.socket.addEventListener('message', (ev) => this.handle(ev.data));
    signal.addEventListener('abort', () => this.socket?.close(1001, 'going away'), {
      once: true,
    });
  }

  private handle(raw: unknown): void {
    if (typeof raw !== 'string') return;
    const msg = JSON.parse(raw) as { type: string; userId?: string };
    if (msg.type === 'ping') this.socket?.send(JSON.stringify({ type: 'pong' }));
  }
}
