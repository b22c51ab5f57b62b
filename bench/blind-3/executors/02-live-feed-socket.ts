// expect: none
// The handshake timer is cleared and all listeners removed on open, error, close and abort, so the promise settles exactly once and a connected feed is never closed by a stale timer.
export interface LiveFeedOptions {
  url: string;
  protocols?: string[];
  connectTimeoutMs?: number;
  signal?: AbortSignal;
}

export interface Tick {
  symbol: string;
  bid: number;
  ask: number;
  ts: number;
}

export function openLiveFeed(opts: LiveFeedOptions): Promise<WebSocket> {
  const { url, protocols, connectTimeoutMs = 8_000, signal } = opts;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const ws = new WebSocket(url, protocols);
    const cleanup = () => {
      clearTimeout(timer);
      ws.removeEventListener('open', onOpen);
      ws.removeEventListener('error', onError);
      ws.removeEventListener('close', onClose);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (err: unknown) => {
      cleanup();
      ws.close();
      reject(err);
    };
    const onOpen = () => {
      cleanup();
      resolve(ws);
    };
    const onError = () => fail(new Error(`live feed ${url}: connection error`));
    const onClose = (ev: CloseEvent) => fail(new Error(`live feed ${url}: closed during handshake (${ev.code})`));
    const onAbort = () => fail(signal!.reason);
    const timer = setTimeout(
      () => fail(new Error(`live feed ${url}: no handshake after ${connectTimeoutMs}ms`)),
      connectTimeoutMs,
    );
    ws.addEventListener('open', onOpen);
    ws.addEventListener('error', onError);
    ws.addEventListener('close', onClose);
    signal?.addEventListener('abort', onAbort);
  });
}

export async function subscribeTicks(
  opts: LiveFeedOptions,
  symbols: string[],
  onTick: (tick: Tick) => void,
): Promise<() => void> {
  const ws = await openLiveFeed(opts);
  ws.send(JSON.stringify({ op: 'subscribe', symbols }));
  ws.addEventListener('message', (ev: MessageEvent<string>) => {
    try {
      const msg = JSON.parse(ev.data) as { type: string; data: Tick };
      if (msg.type === 'tick') onTick(msg.data);
    } catch (err) {
      console.warn('live feed: dropping malformed frame', err);
    }
  });
  return () => ws.close(1000, 'unsubscribed');
}
