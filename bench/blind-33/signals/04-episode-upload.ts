// expect: no-swallowed-abort
// uploadEpisode wraps every failure, including the AbortError from a user cancelling, in a generic UploadError, so callers mark cancelled uploads as failed and page the host.
import { open } from 'node:fs/promises';

export interface UploadTarget {
  uploadId: string;
  partUrls: string[];
  partSize: number;
  completeUrl: string;
}

export interface UploadedEpisode {
  episodeId: string;
  etags: string[];
  bytes: number;
}

export class UploadError extends Error {
  constructor(
    readonly episodeId: string,
    readonly stage: 'read' | 'part' | 'complete',
    message: string,
  ) {
    super(`Upload of ${episodeId} failed during ${stage}: ${message}`);
    this.name = 'UploadError';
  }
}

declare const hostingApi: {
  createUpload(episodeId: string, bytes: number): Promise<UploadTarget>;
  abortUpload(uploadId: string): Promise<void>;
};

async function putPart(url: string, chunk: Uint8Array<ArrayBuffer>, signal: AbortSignal): Promise<string> {
  const res = await fetch(url, { method: 'PUT', body: chunk, signal });
  if (!res.ok) {
    throw new Error(`part upload returned ${res.status}`);
  }
  const etag = res.headers.get('etag');
  if (!etag) {
    throw new Error('part upload response had no ETag');
  }
  return etag;
}

export async function uploadEpisode(episodeId: string, audioPath: string, signal: AbortSignal): Promise<UploadedEpisode> {
  const file = await open(audioPath, 'r');
  let stage: UploadError['stage'] = 'read';
  let target: UploadTarget | undefined;
  try {
    const { size } = await file.stat();
    target = await hostingApi.createUpload(episodeId, size);
    const etags: string[] = [];

    for (let i = 0; i < target.partUrls.length; i++) {
      signal.throwIfAborted();
      stage = 'read';
      const buffer = new Uint8Array(Math.min(target.partSize, size - i * target.partSize));
      await file.read(buffer, 0, buffer.length, i * target.partSize);
      stage = 'part';
      etags.push(await putPart(target.partUrls[i], buffer, signal));
    }

    stage = 'complete';
    const done = await fetch(target.completeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ etags }),
      signal,
    });
    if (!done.ok) {
      throw new Error(`complete returned ${done.status}`);
    }
    return { episodeId, etags, bytes: size };
  } catch (err) {
    if (target) {
      await hostingApi.abortUpload(target.uploadId).catch(() => undefined);
    }
    throw new UploadError(episodeId, stage, err instanceof Error ? err.message : String(err));
  } finally {
    await file.close();
  }
}
