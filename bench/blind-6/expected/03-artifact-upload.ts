// expect: no-reused-settled-promise
// The PutObject promise is created once before the loop, so after a throttling error every "retry" re-awaits the same rejected promise and the upload is never re-sent.
import { readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';

declare const s3: {
  putObject(
    input: {
      Bucket: string;
      Key: string;
      Body: Buffer;
      ContentMD5?: string;
      ContentType?: string;
    },
    opts?: { abortSignal?: AbortSignal },
  ): Promise<{ ETag?: string; VersionId?: string }>;
};

const RETRYABLE = new Set(['SlowDown', 'RequestTimeout', 'InternalError', 'ServiceUnavailable']);

export interface UploadResult {
  key: string;
  etag: string;
  bytes: number;
}

export async function uploadArtifact(bucket: string, file: string, prefix: string, signal?: AbortSignal): Promise<UploadResult> {
  const { size } = await stat(file);
  if (size > 5 * 1024 ** 3) throw new Error(`${file} exceeds single PUT limit`);
  const body = await readFile(file);
  const key = `${prefix}/${path.basename(file)}`;
  const md5 = createHash('md5').update(body).digest('base64');

  const put = s3.putObject(
    { Bucket: bucket, Key: key, Body: body, ContentMD5: md5, ContentType: 'application/octet-stream' },
    { abortSignal: signal },
  );

  for (let attempt = 1; ; attempt++) {
    try {
      const out = await put;
      return { key, etag: out.ETag ?? '', bytes: size };
    } catch (err) {
      const code = (err as { name?: string }).name ?? '';
      if (!RETRYABLE.has(code) || attempt >= 4) {
        throw new Error(`upload of ${key} failed after ${attempt} attempt(s): ${code}`, { cause: err });
      }
      console.warn(`[upload] ${key}: ${code}, retrying (${attempt}/4)`);
      await sleep(200 * 2 ** attempt, undefined, { signal });
    }
  }
}
