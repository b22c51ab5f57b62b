// expect: none
// uploadScan retries only transient network failures and rethrows as soon as the error is an abort or the signal is aborted, passing the signal to both fetch and the backoff, so cancelling an upload stops it rather than retrying.
import { setTimeout as sleep } from 'node:timers/promises';

export interface LidarScan {
  millId: string;
  capturedAt: string;
  points: Uint8Array<ArrayBuffer>;
}

export interface UploadOptions {
  endpoint: string;
  signal: AbortSignal;
  attempts?: number;
}

const TRANSIENT_STATUS = new Set([502, 503, 504]);

class HttpStatusError extends Error {
  constructor(readonly status: number, url: string) {
    super(`${url} answered ${status}`);
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

function isTransient(err: unknown): boolean {
  if (err instanceof HttpStatusError) return TRANSIENT_STATUS.has(err.status);
  return err instanceof TypeError; // fetch reports connection resets as TypeError
}

export async function uploadScan(scan: LidarScan, opts: UploadOptions): Promise<string> {
  const attempts = opts.attempts ?? 4;
  const url = `${opts.endpoint}/mills/${encodeURIComponent(scan.millId)}/scans`;

  for (let attempt = 1; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: 'PUT',
        body: scan.points,
        headers: { 'content-type': 'application/octet-stream', 'x-captured-at': scan.capturedAt },
        signal: opts.signal,
      });
      if (!res.ok) throw new HttpStatusError(res.status, url);
      const { scanId } = (await res.json()) as { scanId: string };
      return scanId;
    } catch (err) {
      if (isAbort(err) || opts.signal.aborted) throw err;
      if (!isTransient(err) || attempt >= attempts) throw err;
    }
    await sleep(250 * 2 ** attempt, undefined, { signal: opts.signal });
  }
}
