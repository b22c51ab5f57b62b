// expect: none
// The retry loop rethrows immediately when the failure is an abort, and its backoff sleep takes the same signal, so cancellation is never retried or masked.
import { setTimeout as sleep } from 'node:timers/promises';

export interface PatternFile {
  name: string;
  contentType: 'application/pdf' | 'image/svg+xml';
  bytes: Uint8Array<ArrayBuffer>;
}

export interface UploadReceipt {
  patternId: string;
  url: string;
}

export interface UploadOptions {
  signal?: AbortSignal;
  attempts?: number;
  baseDelayMs?: number;
}

class UploadHttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'UploadHttpError';
  }
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}

export class PatternLibraryUploader {
  constructor(private readonly endpoint: string) {}

  private async putOnce(guildId: string, file: PatternFile, signal?: AbortSignal): Promise<UploadReceipt> {
    const res = await fetch(`${this.endpoint}/guilds/${guildId}/patterns/${encodeURIComponent(file.name)}`, {
      method: 'PUT',
      headers: { 'content-type': file.contentType },
      body: file.bytes,
      signal,
    });
    if (!res.ok) throw new UploadHttpError(res.status, `pattern upload failed with ${res.status}`);
    return (await res.json()) as UploadReceipt;
  }

  async upload(guildId: string, file: PatternFile, options: UploadOptions = {}): Promise<UploadReceipt> {
    const attempts = options.attempts ?? 4;
    const baseDelayMs = options.baseDelayMs ?? 400;
    let lastError: unknown;

    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        return await this.putOnce(guildId, file, options.signal);
      } catch (err) {
        if (isAbort(err) || options.signal?.aborted) throw err;
        if (err instanceof UploadHttpError && err.status < 500 && err.status !== 429) throw err;
        lastError = err;
      }
      if (attempt < attempts) {
        await sleep(baseDelayMs * 2 ** (attempt - 1), undefined, { signal: options.signal });
      }
    }
    throw new Error(`gave up uploading ${file.name} after ${attempts} attempts`, { cause: lastError });
  }
}
