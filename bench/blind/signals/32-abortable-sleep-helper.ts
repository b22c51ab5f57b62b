// expect: none
// The hand-written sleep listens for the signal, clears its timer and rejects with signal.reason on abort, so the back-off between reconnects is cancellable; connection errors are reported but an abort is rethrown.

declare class TelemetrySocket {
  static connect(url: string, opts: { signal: AbortSignal }): Promise<TelemetrySocket>;
  pump(opts: { signal: AbortSignal }): Promise<void>;
}

declare function reportDisconnect(err: unknown): void;

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export async function keepConnected(url: string, signal: AbortSignal): Promise<never> {
  let delayMs = 500;
  for (;;) {
    try {
      const socket = await TelemetrySocket.connect(url, { signal });
      delayMs = 500;
      await socket.pump({ signal });
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      reportDisconnect(err);
    }
    await abortableSleep(delayMs, signal);
    delayMs = Math.min(delayMs * 2, 30_000);
  }
}
