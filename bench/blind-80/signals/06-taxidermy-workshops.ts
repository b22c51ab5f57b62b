// expect: no-swallowed-abort
// uploadSpecimenPhotos wraps every failure, including the AbortError from a cancelled upload, in a PhotoUploadError, so callers cannot tell a user cancel from a real failure.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';

export interface SpecimenPhoto {
  path: string;
  angle: 'front' | 'profile' | 'eye-detail' | 'mount-base';
}

export interface UploadedPhoto {
  key: string;
  bytes: number;
  angle: SpecimenPhoto['angle'];
}

declare const photoBucket: {
  put(
    key: string,
    body: NodeJS.ReadableStream,
    options: { contentType: string; contentLength: number; signal?: AbortSignal },
  ): Promise<{ etag: string }>;
};

export class PhotoUploadError extends Error {
  constructor(
    message: string,
    readonly photo: SpecimenPhoto,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PhotoUploadError';
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.tif': 'image/tiff',
};

const MAX_BYTES = 40 * 1024 * 1024;

function keyFor(specimenId: string, photo: SpecimenPhoto): string {
  const name = basename(photo.path).toLowerCase().replace(/[^a-z0-9.]+/g, '-');
  return `specimens/${specimenId}/${photo.angle}/${name}`;
}

export async function uploadSpecimenPhotos(
  specimenId: string,
  photos: SpecimenPhoto[],
  signal?: AbortSignal,
): Promise<UploadedPhoto[]> {
  const missingAngles = (['front', 'profile'] as const).filter((a) => !photos.some((p) => p.angle === a));
  if (missingAngles.length > 0) {
    throw new Error(`specimen ${specimenId} needs ${missingAngles.join(' and ')} photos for the catalogue`);
  }

  const uploaded: UploadedPhoto[] = [];
  for (const photo of photos) {
    const contentType = CONTENT_TYPES[extname(photo.path).toLowerCase()];
    if (!contentType) throw new Error(`unsupported photo format: ${photo.path}`);

    try {
      const { size } = await stat(photo.path);
      if (size > MAX_BYTES) {
        throw new Error(`${basename(photo.path)} is ${(size / 1_048_576).toFixed(0)}MB, limit is 40MB`);
      }
      const key = keyFor(specimenId, photo);
      const body = createReadStream(photo.path, { signal });
      await photoBucket.put(key, body, { contentType, contentLength: size, signal });
      uploaded.push({ key, bytes: size, angle: photo.angle });
    } catch (err) {
      throw new PhotoUploadError(`could not upload ${photo.angle} photo for specimen ${specimenId}`, photo, {
        cause: err,
      });
    }
  }
  return uploaded;
}
