// expect: none
// The caller's signal is passed to every fetch and to the reconnect sleep, and when it fires the stream rethrows the abort reason instead of reconnecting or returning quietly.
import { setTimeout as sleep } from 'node:timers/promises';

export interface CraneFrame {
  craneId: string;
  seq: number;
  hoistLoadT: number;
  trolleyPosM: number;
  gantryPosM: number;
  windMs: number;
}

export interface StreamOptions {
  signal: AbortSignal;
  reconnectDelayMs?: number;
  maxReconnects?: number;
}

async function* readLines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let carry = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      carry += decoder.decode(value, { stream: true });
      let nl: number;
      while ((nl = carry.indexOf('\n')) !== -1) {
        yield carry.slice(0, nl);
        carry = carry.slice(nl + 1);
      }
    }
    if (carry.trim()) yield carry;
  } finally {
    reader.releaseLock();
  }
}

export async function* craneTelemetry(baseUrl: string, craneId: string, options: StreamOptions): AsyncGenerator<CraneFrame> {
  const { signal, reconnectDelayMs = 2_000, maxReconnects = 10 } = options;
  let lastSeq = -1;
  let reconnects = 0;

  for (;;) {
    try {
      const res = await fetch(`${baseUrl}/cranes/${craneId}/telemetry?after=${lastSeq}`, {
        headers: { accept: 'application/x-ndjson' },
        signal,
      });
      if (!res.ok || !res.body) throw new Error(`telemetry for ${craneId} answered HTTP ${res.status}`);
      for await (const line of readLines(res.body)) {
        if (!line) continue;
        const frame = JSON.parse(line) as CraneFrame;
        lastSeq = frame.seq;
        reconnects = 0;
        yield frame;
      }
    } catch (err) {
      if (signal.aborted) throw signal.reason;
      if (++reconnects > maxReconnects) throw err;
    }
    await sleep(reconnectDelayMs, undefined, { signal });
  }
}
