// expect: none
// The handshake settles from 'open', 'error', 'close' or a timeout, and each handler first removes the others and clears the timer, so exactly one of them settles.
export interface LiveOptions {
  url: string;
  protocols?: string[];
  timeoutMs?: number;
}

export function openLiveSocket({ url, protocols, timeoutMs = 8000 }: LiveOptions): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);

    const onOpen = () => {
      cleanup();
      resolve(ws);
    };
    const onError = () => {
      cleanup();
      reject(new Error(`websocket error while connecting to ${url}`));
    };
    const onClose = (e: CloseEvent) => {
      cleanup();
      reject(new Error(`websocket closed before open (code ${e.code})`));
    };
    const timer = window.setTimeout(() => {
      cleanup();
      ws.close();
      reject(new Error(`websocket handshake timed out after ${timeoutMs}ms`));
    }, timeoutMs);

    function cleanup(): void {
      window.clearTimeout(timer);
      ws.removeEventListener('open', onOpen);
      ws.removeEventListener('error', onError);
      ws.removeEventListener('close', onClose);
    }

    ws.addEventListener('open', onOpen);
    ws.addEventListener('error', onError);
    ws.addEventListener('close', onClose);
  });
}
