// expect: none
// Each outcome (open, error, early close, deadline) removes the other listeners and clears the deadline timer before settling, so the promise settles exactly once and no timer fires late.
export interface RealtimeOptions {
  url: string;
  protocols?: string[];
  connectTimeoutMs?: number;
}

export class ConnectError extends Error {
  constructor(message: string, readonly code?: number) {
    super(message);
    this.name = 'ConnectError';
  }
}

export function openSocket({ url, protocols, connectTimeoutMs = 8_000 }: RealtimeOptions): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    ws.binaryType = 'arraybuffer';

    const cleanup = () => {
      clearTimeout(timer);
      ws.removeEventListener('open', onOpen);
      ws.removeEventListener('error', onError);
      ws.removeEventListener('close', onClose);
    };
    const onOpen = () => {
      cleanup();
      resolve(ws);
    };
    const onError = () => {
      cleanup();
      reject(new ConnectError(`could not connect to ${url}`));
    };
    const onClose = (ev: CloseEvent) => {
      cleanup();
      reject(new ConnectError(`server closed ${url} during handshake: ${ev.reason || 'no reason'}`, ev.code));
    };
    const timer = setTimeout(() => {
      cleanup();
      ws.close(4000, 'connect timeout');
      reject(new ConnectError(`no handshake from ${url} after ${connectTimeoutMs}ms`));
    }, connectTimeoutMs);

    ws.addEventListener('open', onOpen);
    ws.addEventListener('error', onError);
    ws.addEventListener('close', onClose);
  });
}

export async function connectWithFallback(primary: string, fallback: string): Promise<WebSocket> {
  try {
    return await openSocket({ url: primary, protocols: ['v2.sync'] });
  } catch (err) {
    console.warn('[realtime] primary endpoint unavailable, using fallback', err);
    return openSocket({ url: fallback, protocols: ['v2.sync'], connectTimeoutMs: 15_000 });
  }
}
