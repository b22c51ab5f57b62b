// expect: none
// Retries only per-part timeouts and network failures; if the caller's signal has fired the caught error is rethrown untouched, and the back-off sleep is itself cancellable, so aborts surface as AbortError.
import { setTimeout as sleep } from 'node:timers/promises';

export interface UploadedPart {
  partNumber: number;
  etag: string;
}

declare const metrics: {
  increment(name: string, tags?: Record<string, string | number>): void;
};

const PART_TIMEOUT_MS = 30_000;
const MAX_ATTEMPTS = 4;

function isTransient(err: unknown): boolean {
  if (err instanceof TypeError) return true; // undici network failure
  return err instanceof DOMException && err.name === 'TimeoutError';
}

export async function uploadPart(presignedUrl: string, partNumber: number, body: Blob, signal?: AbortSignal): Promise<UploadedPart> {
  for (let attempt = 1; ; attempt++) {
    const perAttempt = AbortSignal.timeout(PART_TIMEOUT_MS);
    try {
      const res = await fetch(presignedUrl, {
        method: 'PUT',
        body,
        headers: { 'content-type': 'application/octet-stream' },
        signal: signal ? AbortSignal.any([signal, perAttempt]) : perAttempt,
      });
      if (res.status >= 500) throw new TypeError(`storage answered ${res.status}`);
      if (!res.ok) throw new Error(`part ${partNumber} rejected: ${res.status} ${await res.text()}`);
      const etag = res.headers.get('etag');
      if (!etag) throw new Error(`part ${partNumber} uploaded without an ETag`);
      return { partNumber, etag };
    } catch (err) {
      if (signal?.aborted) throw err;
      if (!isTransient(err) || attempt >= MAX_ATTEMPTS) throw err;
      metrics.increment('upload.part.retry', { partNumber, attempt });
      const backoff = Math.min(8_000, 250 * 2 ** attempt) + Math.random() * 250;
      await sleep(backoff, undefined, { signal });
    }
  }
}

export async function uploadParts(urls: string[], chunks: Blob[], signal?: AbortSignal): Promise<UploadedPart[]> {
  const parts: UploadedPart[] = [];
  for (let i = 0; i < chunks.length; i++) {
    parts.push(await uploadPart(urls[i]!, i + 1, chunks[i]!, signal));
  }
  return parts;
}
