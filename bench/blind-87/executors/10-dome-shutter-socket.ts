// expect: none
// Every listener, including the repeating 'message' one, is registered with a shared cleanup signal that finish() aborts before settling, and close/error/abort/timeout all settle.
export type ShutterCommand =
  | { action: 'open'; percent?: number }
  | { action: 'close' }
  | { action: 'rotate'; azimuth: number }
  | { action: 'park' };

export interface ShutterReply {
  id: string;
  ok: boolean;
  error?: string;
  azimuth?: number;
  shutterPercent?: number;
}

export function sendDomeCommand(
  ws: WebSocket,
  cmd: ShutterCommand,
  { signal, timeoutMs = 90_000 }: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<ShutterReply> {
  return new Promise<ShutterReply>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    if (ws.readyState !== WebSocket.OPEN) {
      reject(new Error('dome controller socket is not open'));
      return;
    }

    const id = crypto.randomUUID();
    const listeners = new AbortController();
    const finish = () => {
      listeners.abort();
      clearTimeout(timer);
    };

    ws.addEventListener(
      'message',
      (ev: MessageEvent) => {
        const msg = JSON.parse(String(ev.data)) as ShutterReply;
        if (msg.id !== id) return;
        finish();
        if (msg.ok) resolve(msg);
        else reject(new Error(`dome refused ${cmd.action}: ${msg.error ?? 'unknown error'}`));
      },
      { signal: listeners.signal },
    );
    ws.addEventListener(
      'close',
      (ev: CloseEvent) => {
        finish();
        reject(new Error(`dome socket closed (${ev.code}) before ${cmd.action} finished`));
      },
      { signal: listeners.signal },
    );
    ws.addEventListener(
      'error',
      () => {
        finish();
        reject(new Error(`dome socket error during ${cmd.action}`));
      },
      { signal: listeners.signal },
    );
    signal?.addEventListener(
      'abort',
      () => {
        finish();
        reject(signal.reason);
      },
      { signal: listeners.signal },
    );
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`dome did not finish ${cmd.action} within ${timeoutMs}ms`));
    }, timeoutMs);

    ws.send(JSON.stringify({ id, ...cmd }));
  });
}

export async function closeForWeather(ws: WebSocket, signal?: AbortSignal): Promise<void> {
  await sendDomeCommand(ws, { action: 'close' }, { signal, timeoutMs: 60_000 });
  await sendDomeCommand(ws, { action: 'park' }, { signal });
}
