// expect: none
// retryWithBackoff receives a factory and calls it on every attempt, so each retry sends a fresh PutObject with a new file stream; the caller's signal reaches both the upload and the back-off.
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

interface PutObjectInput {
  Bucket: string;
  Key: string;
  Body: ReadStream;
  ContentLength: number;
  ContentType?: string;
}

declare const s3: {
  putObject(input: PutObjectInput, options?: { abortSignal?: AbortSignal }): Promise<{ ETag?: string; VersionId?: string }>;
};

interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  signal?: AbortSignal;
  isRetryable?: (err: unknown) => boolean;
}

export async function retryWithBackoff<T>(
  attempt: (signal: AbortSignal | undefined, n: number) => Promise<T>,
  { attempts = 4, baseDelayMs = 200, signal, isRetryable = () => true }: RetryOptions = {},
): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt(signal, n);
    } catch (err) {
      if (signal?.aborted || n >= attempts || !isRetryable(err)) throw err;
      const wait = baseDelayMs * 2 ** (n - 1);
      console.warn(`attempt ${n}/${attempts} failed, retrying in ${wait}ms:`, (err as Error).message);
      await delay(wait, undefined, { signal });
    }
  }
}

function isTransientS3Error(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  const status = e.$metadata?.httpStatusCode ?? 0;
  return e.name === 'SlowDown' || e.name === 'RequestTimeout' || status >= 500;
}

export async function uploadArtifact(
  bucket: string,
  filePath: string,
  opts: { prefix?: string; signal?: AbortSignal } = {},
): Promise<string> {
  const { size } = await stat(filePath);
  const key = `${opts.prefix ?? 'artifacts'}/${basename(filePath)}`;

  const result = await retryWithBackoff(
    (signal) =>
      s3.putObject(
        { Bucket: bucket, Key: key, Body: createReadStream(filePath), ContentLength: size, ContentType: 'application/gzip' },
        { abortSignal: signal },
      ),
    { signal: opts.signal, isRetryable: isTransientS3Error },
  );

  console.log(`uploaded s3://${bucket}/${key} (${size} bytes, etag ${result.ETag ?? '?'})`);
  return key;
}
