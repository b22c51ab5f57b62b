// expect: none
// The Web Worker wait listens to the caller's signal and terminates the worker and rejects with signal.reason on abort, removing its listener once the result arrives.

interface HashRequest {
  buffer: ArrayBuffer;
  algorithm: "SHA-256" | "SHA-512";
}

export function hashInWorker(req: HashRequest, signal: AbortSignal): Promise<string> {
  signal.throwIfAborted();
  const worker = new Worker(new URL("./hash-worker.js", import.meta.url), { type: "module" });
  return new Promise<string>((resolve, reject) => {
    const cleanup = () => {
      signal.removeEventListener("abort", onAbort);
      worker.terminate();
    };
    const onAbort = () => {
      cleanup();
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
    worker.onmessage = (ev: MessageEvent<{ hex: string }>) => {
      cleanup();
      resolve(ev.data.hex);
    };
    worker.onerror = (ev: ErrorEvent) => {
      cleanup();
      reject(new Error(`hash worker failed: ${ev.message}`));
    };
    worker.postMessage(req, [req.buffer]);
  });
}
