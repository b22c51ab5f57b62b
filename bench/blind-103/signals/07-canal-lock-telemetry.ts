// expect: none
// The retry loop retries only transient failures: its catch rethrows as soon as the signal is aborted (or the error is an AbortError), and every fetch and backoff sleep receives the signal, so cancelling the upload stops it with an AbortError.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LockReading {
  lockId: string;
  upperLevelM: number;
  lowerLevelM: number;
  paddlesOpen: number;
  at: string;
}

export interface Logger {
  warn(msg: string, meta?: unknown): void;
}

export interface PushOptions {
  url: string;
  maxAttempts: number;
  signal: AbortSignal;
  log: Logger;
}

class PermanentPushError extends Error {}

function isAbortError(err: unknown): boolean {
  return err instanceof Error && err.name === 'AbortError';
}

export async function pushTelemetry(batch: LockReading[], opts: PushOptions): Promise<void> {
  const { signal, log } = opts;
  let delayMs = 500;

  for (let attempt = 1; attempt <= opts.maxAttempts; attempt++) {
    try {
      const res = await fetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body: batch.map((r) => JSON.stringify(r)).join('\n'),
        signal,
      });
      if (res.ok) return;
      if (res.status < 500) throw new PermanentPushError(`telemetry rejected: HTTP ${res.status}`);
      log.warn(`telemetry attempt ${attempt} got HTTP ${res.status}`);
    } catch (err) {
      if (err instanceof PermanentPushError || isAbortError(err) || signal.aborted) throw err;
      log.warn(`telemetry attempt ${attempt} failed`, err);
    }
    if (attempt < opts.maxAttempts) {
      await sleep(delayMs, undefined, { signal });
      delayMs = Math.min(delayMs * 2, 30_000);
    }
  }
  throw new Error(`telemetry push failed after ${opts.maxAttempts} attempts (${batch.length} readings kept)`);
}

/** Buffers readings from the lock PLC and uploads them in batches. */
export class TelemetryBuffer {
  private pending: LockReading[] = [];

  constructor(private readonly opts: Omit<PushOptions, 'signal'>) {}

  add(reading: LockReading): void {
    this.pending.push(reading);
  }

  async flush(signal: AbortSignal): Promise<number> {
    if (this.pending.length === 0) return 0;
    const batch = this.pending;
    this.pending = [];
    try {
      await pushTelemetry(batch, { ...this.opts, signal });
      return batch.length;
    } catch (err) {
      this.pending = batch.concat(this.pending);
      throw err;
    }
  }
}
