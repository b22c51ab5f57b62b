// expect: none
// Transient upload errors are retried, but an abort (signal aborted or AbortError) is rethrown unchanged before any retry or wrapping happens.
import { setTimeout as delay } from 'node:timers/promises';
import { readFile } from 'node:fs/promises';

export interface RecordingMeta {
  ensemble: string;
  piece: string;
  recordedOn: string;
  durationSec: number;
}

export interface UploadReceipt {
  archiveId: string;
  sha256: string;
}

export class UploadRejectedError extends Error {
  constructor(readonly status: number, detail: string) {
    super(`archive rejected recording (${status}): ${detail}`);
    this.name = 'UploadRejectedError';
  }
}

async function uploadOnce(endpoint: string, body: Blob, meta: RecordingMeta, signal?: AbortSignal): Promise<UploadReceipt> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'audio/flac',
      'x-ensemble': meta.ensemble,
      'x-piece': encodeURIComponent(meta.piece),
      'x-recorded-on': meta.recordedOn,
    },
    body,
    signal,
  });
  if (res.status >= 400 && res.status < 500) {
    throw new UploadRejectedError(res.status, await res.text());
  }
  if (!res.ok) {
    throw new Error(`archive unavailable (${res.status})`);
  }
  return (await res.json()) as UploadReceipt;
}

export async function uploadRecording(
  endpoint: string,
  flacPath: string,
  meta: RecordingMeta,
  { signal, maxAttempts = 4 }: { signal?: AbortSignal; maxAttempts?: number } = {},
): Promise<UploadReceipt> {
  const body = new Blob([await readFile(flacPath, { signal })], { type: 'audio/flac' });

  for (let attempt = 1; ; attempt++) {
    try {
      return await uploadOnce(endpoint, body, meta, signal);
    } catch (err) {
      if (signal?.aborted || (err instanceof Error && err.name === 'AbortError')) {
        throw err;
      }
      if (err instanceof UploadRejectedError || attempt >= maxAttempts) {
        throw err;
      }
      await delay(1_000 * 2 ** (attempt - 1), undefined, { signal });
    }
  }
}
