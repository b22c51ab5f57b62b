// expect: none
// The retry helper bails out as soon as the caller's signal is aborted, rethrows abort errors untouched, and passes the signal to its backoff sleep.
import { setTimeout as sleep } from 'node:timers/promises';

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const DEFAULT_POLICY: RetryPolicy = { attempts: 5, baseDelayMs: 500, maxDelayMs: 15_000 };

export class ScannerBusyError extends Error {
  constructor(readonly scannerId: string) {
    super(`scanner ${scannerId} is busy with another reel`);
    this.name = 'ScannerBusyError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export async function withRetry<T>(
  operation: (signal: AbortSignal) => Promise<T>,
  signal: AbortSignal,
  policy: RetryPolicy = DEFAULT_POLICY,
): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < policy.attempts; attempt++) {
    signal.throwIfAborted();
    try {
      return await operation(signal);
    } catch (err) {
      if (signal.aborted || isAbort(err)) throw err;
      lastError = err;
    }
    const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
    await sleep(delay * (0.5 + Math.random() / 2), undefined, { signal });
  }
  throw lastError;
}

export interface ReelScanRequest {
  reelId: string;
  gauge: '8mm' | 'super8' | '16mm' | '35mm';
  frameRate: number;
  scannerId: string;
  signal: AbortSignal;
}

export interface ScanTicket {
  ticketId: string;
  reelId: string;
  estimatedFrames: number;
}

declare const scanFarm: {
  reserve(
    scannerId: string,
    body: { reelId: string; gauge: string; frameRate: number },
    opts: { signal: AbortSignal },
  ): Promise<{ ok: true; ticket: ScanTicket } | { ok: false; reason: 'busy' | 'offline' }>;
};

export async function queueReelScan(req: ReelScanRequest): Promise<ScanTicket> {
  return withRetry(async (signal) => {
    const result = await scanFarm.reserve(req.scannerId, { reelId: req.reelId, gauge: req.gauge, frameRate: req.frameRate }, { signal });
    if (!result.ok) {
      if (result.reason === 'busy') throw new ScannerBusyError(req.scannerId);
      throw new Error(`scanner ${req.scannerId} is offline`);
    }
    return result.ticket;
  }, req.signal);
}
