// expect: none
// The message listener fires many times, but every settle path first runs cleanup() (clear timer, remove all listeners), so the promise settles exactly once; close/error/abort/timeout all settle.
export interface ConsistReady {
  type: 'consist-ready';
  trainId: string;
  cars: number;
  tonnage: number;
  track: string;
}

type YardMessage =
  | ConsistReady
  | { type: 'consist-rejected'; trainId: string; reason: string }
  | { type: 'heartbeat'; trainId?: undefined; at: number };

export class ConsistTimeoutError extends Error {
  constructor(readonly trainId: string, readonly ms: number) {
    super(`consist ${trainId} not ready after ${ms}ms`);
    this.name = 'ConsistTimeoutError';
  }
}

export function waitForConsist(
  socket: WebSocket,
  trainId: string,
  timeoutMs = 120_000,
  signal?: AbortSignal,
): Promise<ConsistReady> {
  return new Promise<ConsistReady>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    if (socket.readyState !== WebSocket.OPEN) {
      reject(new Error(`yard socket is not open (state ${socket.readyState})`));
      return;
    }

    const cleanup = () => {
      clearTimeout(timer);
      socket.removeEventListener('message', onMessage);
      socket.removeEventListener('close', onClose);
      socket.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };

    const onMessage = (event: MessageEvent) => {
      let msg: YardMessage;
      try {
        msg = JSON.parse(String(event.data)) as YardMessage;
      } catch {
        return; // the yard bridge sometimes sends plain-text banners
      }
      if (msg.type === 'heartbeat' || msg.trainId !== trainId) return;
      cleanup();
      if (msg.type === 'consist-ready') {
        resolve(msg);
      } else {
        reject(new Error(`consist ${trainId} rejected: ${msg.reason}`));
      }
    };

    const onClose = (event: CloseEvent) => {
      cleanup();
      reject(new Error(`yard socket closed (${event.code}) while waiting for ${trainId}`));
    };

    const onError = () => {
      cleanup();
      reject(new Error(`yard socket error while waiting for ${trainId}`));
    };

    const onAbort = () => {
      cleanup();
      reject(signal!.reason);
    };

    const timer = setTimeout(() => {
      cleanup();
      reject(new ConsistTimeoutError(trainId, timeoutMs));
    }, timeoutMs);

    socket.addEventListener('message', onMessage);
    socket.addEventListener('close', onClose);
    socket.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });

    socket.send(JSON.stringify({ type: 'watch-consist', trainId }));
  });
}

export async function releaseWhenReady(
  socket: WebSocket,
  trainIds: string[],
  release: (consist: ConsistReady) => Promise<void>,
  signal?: AbortSignal,
): Promise<number> {
  let released = 0;
  for (const id of trainIds) {
    const consist = await waitForConsist(socket, id, 120_000, signal);
    if (consist.tonnage > 12_000) {
      console.warn(`${id} is over the hump limit (${consist.tonnage}t), releasing from ${consist.track} at reduced speed`);
    }
    await release(consist);
    released++;
  }
  return released;
}
