// expect: no-multiple-settle
// The abort listener clears the backoff timer but never rejects, so aborting during a backoff leaves the promise pending forever and the worker loop stuck.
declare const queue: {
  receive(max: number): Promise<Array<{ id: string; body: string }>>;
  ack(id: string): Promise<void>;
};
declare function handle(body: string): Promise<void>;

function backoff(attempt: number, signal: AbortSignal): Promise<void> {
  const ms = Math.min(30_000, 250 * 2 ** attempt);
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    function onAbort(): void {
      clearTimeout(timer);
    }
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export async function runWorker(signal: AbortSignal): Promise<void> {
  let idle = 0;
  while (!signal.aborted) {
    const messages = await queue.receive(10);
    if (messages.length === 0) {
      await backoff(idle++, signal);
      continue;
    }
    idle = 0;
    for (const m of messages) {
      await handle(m.body);
      await queue.ack(m.id);
    }
  }
}
