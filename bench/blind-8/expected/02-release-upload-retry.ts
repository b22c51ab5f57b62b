// expect: no-reused-settled-promise
// withBackoff is handed one already-started upload promise and re-awaits it on each attempt; after a transient 503 every "retry" re-reads the same rejection, so no new PUT is ever sent and the release fails.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

declare const storage: {
  putObject(
    input: { bucket: string; key: string; body: Uint8Array; contentType: string },
    opts?: { signal?: AbortSignal },
  ): Promise<{ etag: string }>;
};

interface BackoffOptions {
  retries: number;
  baseMs: number;
  label: string;
  signal?: AbortSignal;
}

function isTransient(err: unknown): boolean {
  const status = (err as { statusCode?: number } | null)?.statusCode;
  return status === 429 || (status !== undefined && status >= 500);
}

async function withBackoff<T>(task: Promise<T>, opts: BackoffOptions): Promise<T> {
  let attempt = 0;
  for (;;) {
    try {
      return await task;
    } catch (err) {
      attempt++;
      if (attempt > opts.retries || !isTransient(err)) throw err;
      const wait = opts.baseMs * 2 ** (attempt - 1) + Math.random() * 100;
      console.warn(`[release] ${opts.label} failed (attempt ${attempt}), retrying in ${Math.round(wait)}ms`);
      await sleep(wait, undefined, { signal: opts.signal });
    }
  }
}

export async function publishArtifacts(
  bucket: string,
  version: string,
  files: string[],
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const etags = new Map<string, string>();
  for (const file of files) {
    const body = await readFile(file, { signal });
    const key = `releases/${version}/${basename(file)}`;
    const contentType = file.endsWith('.json') ? 'application/json' : 'application/octet-stream';
    const upload = storage.putObject({ bucket, key, body, contentType }, { signal });
    const { etag } = await withBackoff(upload, { retries: 4, baseMs: 250, label: key, signal });
    etags.set(key, etag);
    console.info(`[release] uploaded ${key} (${body.byteLength} bytes, etag ${etag})`);
  }
  return etags;
}
