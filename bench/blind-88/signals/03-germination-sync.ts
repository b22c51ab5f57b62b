// expect: none
// The retry loop catches every error, but it rethrows immediately when the caller's signal is aborted and passes the signal to both the upload and the backoff wait, so an abort is never retried or turned into a result.
import { setTimeout as wait } from 'node:timers/promises';

export interface GerminationResult {
  accession: string;
  trayId: string;
  sown: number;
  germinated: number;
  daysToFirst: number;
  recordedAt: string;
}

export interface SyncOptions {
  endpoint: string;
  apiKey: string;
  signal: AbortSignal;
  maxAttempts?: number;
}

export interface SyncSummary {
  uploaded: number;
  rejected: Array<{ trayId: string; reason: string }>;
}

class HttpStatusError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function uploadOne(result: GerminationResult, opts: SyncOptions): Promise<void> {
  const res = await fetch(`${opts.endpoint}/germination-tests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': opts.apiKey },
    body: JSON.stringify(result),
    signal: opts.signal,
  });
  if (!res.ok) {
    throw new HttpStatusError(res.status, `upload of tray ${result.trayId} failed: ${res.status}`);
  }
}

async function uploadWithRetry(result: GerminationResult, opts: SyncOptions): Promise<void> {
  const maxAttempts = opts.maxAttempts ?? 4;
  for (let attempt = 1; ; attempt++) {
    try {
      await uploadOne(result, opts);
      return;
    } catch (err) {
      if (opts.signal.aborted) throw err;
      const permanent = err instanceof HttpStatusError && err.status >= 400 && err.status < 500;
      if (permanent || attempt >= maxAttempts) throw err;
      await wait(250 * 2 ** attempt, undefined, { signal: opts.signal });
    }
  }
}

export async function syncTrays(results: GerminationResult[], opts: SyncOptions): Promise<SyncSummary> {
  const summary: SyncSummary = { uploaded: 0, rejected: [] };
  for (const result of results) {
    opts.signal.throwIfAborted();
    try {
      await uploadWithRetry(result, opts);
      summary.uploaded += 1;
    } catch (err) {
      if (err instanceof HttpStatusError && err.status < 500) {
        summary.rejected.push({ trayId: result.trayId, reason: err.message });
        continue;
      }
      throw err;
    }
  }
  return summary;
}

export function viability(result: GerminationResult): number {
  return result.sown === 0 ? 0 : Math.round((result.germinated / result.sown) * 1000) / 10;
}
