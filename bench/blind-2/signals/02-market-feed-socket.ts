// expect: none
// The open-vs-timeout race clears the timer and removes every socket listener in finally, and closes the socket when the timeout (or an error) wins, so nothing from the losing side stays registered or running.
export interface FeedMessage {
  channel: string;
  seq: number;
  payload: unknown;
}

export class ConnectTimeoutError extends Error {
  override name = 'ConnectTimeoutError';
}

async function openSocket(url: string, timeoutMs: number): Promise<WebSocket> {
  const ws = new WebSocket(url);
  const listeners = new AbortController();
  const opts = { once: true, signal: listeners.signal };

  const opened = new Promise<void>((resolve, reject) => {
    ws.addEventListener('open', () => resolve(), opts);
    ws.addEventListener('error', () => reject(new Error(`websocket error while connecting to ${url}`)), opts);
    ws.addEventListener('close', (ev) => reject(new Error(`socket closed before open (code ${ev.code})`)), opts);
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ConnectTimeoutError(`no connection to ${url} within ${timeoutMs}ms`)), timeoutMs);
  });

  try {
    await Promise.race([opened, timedOut]);
    return ws;
  } catch (err) {
    ws.close();
    throw err;
  } finally {
    clearTimeout(timer);
    listeners.abort();
  }
}

export class MarketFeed {
  private socket: WebSocket | null = null;

  constructor(
    private readonly url: string,
    private readonly onMessage: (msg: FeedMessage) => void,
  ) {}

  async connect(timeoutMs = 8_000): Promise<void> {
    if (this.socket?.readyState === WebSocket.OPEN) return;
    const ws = await openSocket(this.url, timeoutMs);
    ws.addEventListener('message', (ev: MessageEvent<string>) => {
      try {
        this.onMessage(JSON.parse(ev.data) as FeedMessage);
      } catch (err) {
        console.warn('dropping malformed feed frame', err);
      }
    });
    ws.addEventListener('close', () => {
      if (this.socket === ws) this.socket = null;
    });
    this.socket = ws;
  }

  subscribe(channel: string): void {
    if (!this.socket) throw new Error('feed is not connected');
    this.socket.send(JSON.stringify({ op: 'subscribe', channel }));
  }

  disconnect(): void {
    this.socket?.close(1000, 'client disconnect');
    this.socket = null;
  }
}
