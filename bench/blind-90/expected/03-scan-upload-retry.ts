// expect: none
// Correct: withRetry receives a factory `() => Promise<T>` and calls it on every attempt, so each retry really re-runs the upload instead of re-awaiting a failed promise.
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';

export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  retryOn?: (err: unknown) => boolean;
  signal?: AbortSignal;
}

export async function withRetry<T>(task: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const { attempts = 4, baseDelayMs = 400, retryOn = () => true, signal } = opts;
  let lastErr: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    signal?.throwIfAborted();
    try {
      return await task();
    } catch (err) {
      lastErr = err;
      if (!retryOn(err) || attempt === attempts - 1) break;
      await sleep(baseDelayMs * 2 ** attempt + Math.random() * 100, undefined, { signal });
    }
  }
  throw lastErr;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface CtScan {
  instrumentId: string;
  maker: string;
  year: number;
  file: string;
}

async function uploadScan(scan: CtScan, endpoint: string, signal?: AbortSignal): Promise<string> {
  const body = await readFile(scan.file);
  const res = await fetch(`${endpoint}/instruments/${scan.instrumentId}/scans`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-filename': path.basename(scan.file),
      'x-maker': scan.maker,
    },
    body,
    signal,
  });
  if (!res.ok) throw new HttpError(res.status, `upload of ${scan.file} failed: ${res.status}`);
  const { id } = (await res.json()) as { id: string };
  return id;
}

const transient = (err: unknown) =>
  !(err instanceof HttpError) || err.status === 429 || err.status >= 500;

export async function archiveScans(scans: CtScan[], endpoint: string, signal?: AbortSignal) {
  const ids: Record<string, string> = {};
  for (const scan of scans) {
    ids[scan.instrumentId] = await withRetry(() => uploadScan(scan, endpoint, signal), {
      attempts: 5,
      retryOn: transient,
      signal,
    });
  }
  return ids;
}
