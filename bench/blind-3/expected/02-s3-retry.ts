// expect: none
// withRetry receives a factory and calls it on every attempt, so each retry issues a fresh PutObject request instead of re-awaiting the failed one.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

declare const s3: {
  putObject(input: { Bucket: string; Key: string; Body: Uint8Array; ContentType?: string }): Promise<{ ETag?: string }>;
};

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  isRetryable?: (err: unknown) => boolean;
}

export async function withRetry<T>(operation: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await operation();
    } catch (err) {
      lastError = err;
      if (policy.isRetryable && !policy.isRetryable(err)) break;
      if (attempt === policy.attempts) break;
      const jitter = Math.random() * policy.baseDelayMs;
      await sleep(policy.baseDelayMs * 2 ** (attempt - 1) + jitter);
    }
  }
  throw lastError;
}

const throttled = (err: unknown) =>
  err instanceof Error && /SlowDown|ServiceUnavailable|RequestTimeout|ECONNRESET/.test(`${err.name} ${err.message}`);

export async function publishBuildArtifact(bucket: string, path: string, buildId: string): Promise<string> {
  const body = await readFile(path);
  const key = `builds/${buildId}/${basename(path)}`;

  const result = await withRetry(
    () => s3.putObject({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/gzip' }),
    { attempts: 4, baseDelayMs: 200, isRetryable: throttled },
  );

  console.log(`uploaded s3://${bucket}/${key} etag=${result.ETag ?? 'unknown'}`);
  return key;
}
