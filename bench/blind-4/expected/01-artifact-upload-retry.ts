// expect: none
// withRetry() receives a factory and calls it once per attempt, so every retry sends a fresh PUT; aborts are not retried and the back-off sleep is cancelled by the same signal.
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

declare const storage: {
  putObject(
    input: { bucket: string; key: string; body: Uint8Array; contentMd5: string; contentType: string },
    opts: { signal?: AbortSignal },
  ): Promise<{ etag: string; versionId?: string }>;
};

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  signal?: AbortSignal;
  onRetry?: (attempt: number, err: unknown) => void;
}

function isRetryable(err: unknown): boolean {
  if (!(err instanceof Error) || err.name === 'AbortError') return false;
  const status = (err as { status?: number }).status;
  return status === undefined || status === 429 || status >= 500;
}

export async function withRetry<T>(attempt: (n: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (n >= opts.attempts || !isRetryable(err)) throw err;
      opts.onRetry?.(n, err);
      const jitter = Math.random() * opts.baseDelayMs;
      await sleep(opts.baseDelayMs * 2 ** (n - 1) + jitter, undefined, { signal: opts.signal });
    }
  }
}

export async function uploadArtifact(bucket: string, commit: string, file: string, signal: AbortSignal): Promise<string> {
  const body = await readFile(file, { signal });
  const contentMd5 = createHash('md5').update(body).digest('base64');
  const key = `artifacts/${commit}/${file.split('/').pop()}`;

  const { etag } = await withRetry(
    () => storage.putObject({ bucket, key, body, contentMd5, contentType: 'application/gzip' }, { signal }),
    {
      attempts: 5,
      baseDelayMs: 300,
      signal,
      onRetry: (n, err) => console.warn(`upload of ${key} failed (attempt ${n}), retrying: ${String(err)}`),
    },
  );
  return `s3://${bucket}/${key}#${etag}`;
}
