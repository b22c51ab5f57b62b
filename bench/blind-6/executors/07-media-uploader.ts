// expect: no-multiple-settle
// The SDK invokes the callback once per uploaded part and once at the end; the promise resolves on the first part's progress event, so callers get a result with no ETag before the upload finishes.
import { stat } from 'node:fs/promises';

interface PartEvent {
  partNumber: number;
  loaded: number;
  total: number;
  /** Only present on the final callback, once the multipart upload is completed. */
  etag?: string;
  location?: string;
}

declare const mediaBucket: {
  /** Calls `cb` after every part and once more on completion (or once with an error). */
  uploadMultipart(
    key: string,
    filePath: string,
    opts: { partSize: number; contentType: string },
    cb: (err: Error | null, evt: PartEvent) => void,
  ): void;
};

export interface StoredMedia {
  key: string;
  etag: string | undefined;
  url: string | undefined;
  bytes: number;
}

const PART_SIZE = 8 * 1024 * 1024;

export async function storeVideo(filePath: string, ownerId: string, contentType = 'video/mp4'): Promise<StoredMedia> {
  const { size } = await stat(filePath);
  const key = `uploads/${ownerId}/${Date.now()}-${filePath.split('/').pop()}`;

  const evt = await new Promise<PartEvent>((resolve, reject) => {
    mediaBucket.uploadMultipart(key, filePath, { partSize: PART_SIZE, contentType }, (err, progress) => {
      if (err) {
        reject(new Error(`upload of ${key} failed at part ${progress?.partNumber ?? '?'}: ${err.message}`));
        return;
      }
      const pct = progress.total ? Math.round((progress.loaded / progress.total) * 100) : 0;
      console.debug(`[media] ${key} part ${progress.partNumber} ${pct}%`);
      resolve(progress);
    });
  });

  return { key, etag: evt.etag, url: evt.location, bytes: size };
}
