// expect: require-signal-propagation
// The reconnect backoff sleeps without the signal that the function was given, so aborting during a backoff still waits up to thirty seconds before the loop notices.
import { setTimeout as sleep } from 'node:timers/promises';

export interface TelemetryFix {
  tag: string;
  ts: number;
  lat: number;
  lon: number;
  altM: number;
  speedKmh: number;
}

export interface FollowOptions {
  signal: AbortSignal;
  onFix: (fix: TelemetryFix) => void;
  onDisconnect?: (err: unknown, retryInMs: number) => void;
}

async function readNdjson(res: Response, onLine: (line: string) => void): Promise<void> {
  if (!res.body) return;
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let newline: number;
    while ((newline = buffered.indexOf('\n')) !== -1) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line) onLine(line);
    }
  }
}

/** Streams live GPS fixes from the hawking field receiver until aborted. */
export async function followFlight(receiverUrl: string, options: FollowOptions): Promise<void> {
  const { signal, onFix, onDisconnect } = options;
  let backoffMs = 500;

  while (!signal.aborted) {
    try {
      const res = await fetch(`${receiverUrl}/stream`, {
        headers: { accept: 'application/x-ndjson' },
        signal,
      });
      if (!res.ok) throw new Error(`receiver answered ${res.status}`);
      backoffMs = 500;
      await readNdjson(res, (line) => onFix(JSON.parse(line) as TelemetryFix));
    } catch (err) {
      if (signal.aborted) throw err;
      onDisconnect?.(err, backoffMs);
    }
    await sleep(backoffMs);
    backoffMs = Math.min(backoffMs * 2, 30_000);
  }
}

export function isStoop(prev: TelemetryFix, next: TelemetryFix): boolean {
  const dtS = (next.ts - prev.ts) / 1000;
  if (dtS <= 0) return false;
  const verticalMs = (prev.altM - next.altM) / dtS;
  return verticalMs > 25 && next.speedKmh > 150;
}
