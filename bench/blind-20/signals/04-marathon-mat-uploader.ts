// expect: no-swallowed-abort
// Bug: isTimeout treats the caller's AbortError like a per-attempt timeout, so a cancelled upload is retried and finally surfaces as a generic SplitUploadError.
import { setTimeout as delay } from 'node:timers/promises';
import { randomUUID } from 'node:crypto';

export interface ChipRead {
  bib: number;
  matId: string;
  chipTime: number;
  rssi: number;
}

export interface UploadOptions {
  signal: AbortSignal;
  attemptTimeoutMs?: number;
  maxAttempts?: number;
}

export class SplitUploadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SplitUploadError';
  }
}

function isTimeout(err: unknown): boolean {
  return err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
}

function backoffMs(attempt: number): number {
  const base = Math.min(8_000, 250 * 2 ** attempt);
  return base / 2 + Math.random() * (base / 2);
}

export async function uploadSplits(
  endpoint: string,
  raceId: string,
  reads: ChipRead[],
  { signal, attemptTimeoutMs = 4_000, maxAttempts = 5 }: UploadOptions,
): Promise<{ accepted: number; duplicates: number }> {
  const batchId = randomUUID();
  const body = JSON.stringify({ raceId, batchId, reads });

  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(`${endpoint}/races/${encodeURIComponent(raceId)}/splits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': batchId },
        body,
        signal: AbortSignal.any([signal, AbortSignal.timeout(attemptTimeoutMs)]),
      });

      if (res.status >= 500 || res.status === 429) {
        throw new SplitUploadError(`timing server busy (${res.status})`, res.status);
      }
      if (!res.ok) {
        throw new SplitUploadError(`batch rejected: ${await res.text()}`, res.status);
      }
      return (await res.json()) as { accepted: number; duplicates: number };
    } catch (err) {
      if (attempt >= maxAttempts) {
        throw new SplitUploadError(`gave up after ${attempt} attempts for batch ${batchId}`, undefined, {
          cause: err,
        });
      }
      if (isTimeout(err)) {
        continue;
      }
      if (err instanceof SplitUploadError && err.status !== undefined && err.status < 500 && err.status !== 429) {
        throw err;
      }
      await delay(backoffMs(attempt), undefined, { signal });
    }
  }
}

export function groupByMat(reads: ChipRead[]): Map<string, ChipRead[]> {
  const byMat = new Map<string, ChipRead[]>();
  for (const read of reads) {
    const list = byMat.get(read.matId) ?? [];
    list.push(read);
    byMat.set(read.matId, list);
  }
  return byMat;
}
