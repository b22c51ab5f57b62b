// expect: no-multiple-settle
// In the upload callback the error branch rejects but does not return, so execution falls through to resolve() as well.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

interface UploadResult {
  url: string;
  etag: string;
}

interface GallerySdk {
  upload(
    opts: { album: string; filename: string; contentType: string; body: Buffer },
    cb: (err: Error | null, result?: UploadResult) => void,
  ): void;
}

declare const gallery: GallerySdk;
declare const db: {
  specimen(id: string): Promise<{ id: string; species: string; clientAlbum: string; photos: string[] }>;
  attachPhoto(specimenId: string, url: string, etag: string): Promise<void>;
};

const log = {
  warn: (msg: string, extra?: unknown) => console.warn(`[gallery] ${msg}`, extra ?? ''),
};

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.tif': 'image/tiff',
};

export class UploadError extends Error {
  constructor(readonly specimenId: string, readonly file: string, cause: Error) {
    super(`upload of ${file} for specimen ${specimenId} failed: ${cause.message}`, { cause });
    this.name = 'UploadError';
  }
}

function uploadPhoto(specimenId: string, album: string, file: string, body: Buffer): Promise<UploadResult> {
  const ext = path.extname(file).toLowerCase();
  const contentType = CONTENT_TYPES[ext] ?? 'application/octet-stream';

  return new Promise<UploadResult>((resolve, reject) => {
    gallery.upload({ album, filename: path.basename(file), contentType, body }, (err, result) => {
      if (err) {
        log.warn(`upload failed for ${file}`, { specimenId, album });
        reject(new UploadError(specimenId, file, err));
      }
      resolve({ url: result?.url ?? '', etag: result?.etag ?? '' });
    });
  });
}

export async function publishMountPhotos(specimenId: string, photoRoot: string): Promise<number> {
  const specimen = await db.specimen(specimenId);
  let published = 0;

  for (const photo of specimen.photos) {
    const file = path.join(photoRoot, specimen.id, photo);
    const body = await readFile(file);
    if (body.length === 0) {
      log.warn(`skipping empty photo ${file}`);
      continue;
    }
    const { url, etag } = await uploadPhoto(specimen.id, specimen.clientAlbum, file, body);
    await db.attachPhoto(specimen.id, url, etag);
    published++;
  }

  return published;
}
