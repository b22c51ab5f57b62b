// expect: none
// The 'drain' wait and the timeout sleep share a local AbortController that is aborted in finally, so the losing listener and timer are removed once the race settles.

import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import type { Writable } from "node:stream";

export async function writeWithBackpressure(out: Writable, chunk: Buffer, timeoutMs: number): Promise<void> {
  if (out.write(chunk)) {
    return;
  }
  const ac = new AbortController();
  try {
    await Promise.race([
      once(out, "drain", { signal: ac.signal }),
      sleep(timeoutMs, undefined, { signal: ac.signal }).then(() => {
        throw new Error(`stream did not drain within ${timeoutMs}ms`);
      }),
    ]);
  } finally {
    ac.abort();
  }
}
